// Public API of @chiso/core: curated named exports only, no logic here. Implementation helpers live in
// ./internal.ts (`@chiso/core/internal`, unstable).

export { catalogue, isCatalogueReference, resolveMethodology } from './catalogue/catalogue.js'
export type { Catalogue, CatalogueEntry } from './catalogue/create-catalogue.js'
export { createCatalogue } from './catalogue/create-catalogue.js'
export type { CriterionChange } from './cycle/appraisal-changes.js'
export { appraisalChanges } from './cycle/appraisal-changes.js'
export type { AppraisalRecord, AppraisalRow } from './cycle/appraisal-record.js'
export { appraisalRecord } from './cycle/appraisal-record.js'
export type { UnevidencedClaim } from './cycle/claimed-without-evidence.js'
export { claimedWithoutEvidence } from './cycle/claimed-without-evidence.js'
export type { RoundCuts } from './cycle/round-cuts.js'
export { roundCuts } from './cycle/round-cuts.js'
export type { DecimalLike } from './decimal/decimal.js'
export { Dec, dec, isDecimalString, toDecimalString } from './decimal/decimal.js'
export type { RoundingMode } from './decimal/round.js'
export { formatFixed, roundDecimal } from './decimal/round.js'
export type { BandThreshold } from './engine/bands.js'
export { bandOf } from './engine/bands.js'
export { createEngine } from './engine/create-engine.js'
export type {
  CompiledMethodology,
  Engine,
  EngineOptions,
  EvaluateOptions,
  LeafInfo,
  ObservedPeriod,
  ObservedValues,
} from './engine/engine-interfaces.js'
export type { ExplainOptions } from './engine/explain.js'
export { evidenceText, explain } from './engine/explain.js'
export type { BreakerOrder, RankEntry, RankMethod } from './engine/rank.js'
export { rankUnits } from './engine/rank.js'
export { rankByNode } from './engine/rank-by-node.js'
export type { ScorecardByUnit, ScorecardSummary, UnitSummary } from './engine/scorecard-by-unit.js'
export { scorecardByUnitOf } from './engine/scorecard-by-unit.js'
export type { ObservationChange, ScoringSession } from './engine/session.js'
export type { ChisoErrorOptions, ChisoIssue, JsonPath } from './errors/chiso-error.js'
export { ChisoError, formatIssue, formatLocation, formatPath, isChisoError } from './errors/chiso-error.js'
export type { DiagnosticCode, ErrorCode } from './errors/codes.js'
export { DIAGNOSTIC_CODES, ERROR_CODES } from './errors/codes.js'
export type { ErrorReason, ErrorReasonCode } from './errors/error-reason.js'
export { copyErrorReason, errorReasonOf, withErrorReason } from './errors/error-reason.js'
export type { EngineLimits } from './limits/limits.js'
export { DEFAULT_ENGINE_LIMITS } from './limits/limits.js'
export type { CompiledModel, CompiledNode, ResolvedItem, ResolvedRule } from './model/compiled-model.js'
export { leavesUnder, pathFromRoot, ROOT_CODE } from './model/compiled-model.js'
export type { ExplicitMethodology, ExplicitNode, ExplicitRound } from './model/explicit-methodology.js'
export { explicitMethodology } from './model/explicit-methodology.js'
export type { PanelPeriod } from './panel/panel-schema.js'
export { isPanelDocument, PanelSchema, parsePanel, sortPanel } from './panel/panel-schema.js'
export type {
  ChangeBasis,
  EndedUnit,
  PeriodChangeOptions,
  PeriodComparison,
  UnitChange,
  UnitStanding,
} from './panel/period-changes.js'
export { periodChanges } from './panel/period-changes.js'
export { comparePeriods, periodsBetween } from './panel/period-order.js'
export { reexpressScorecard } from './panel/reexpress.js'
export { checkRegistryCovers, recordIn } from './panel/registry-coverage.js'
export type { MissingUnit, PanelScorecards, PeriodScorecard } from './panel/score-panel.js'
export { findMissingUnits, scorePanel } from './panel/score-panel.js'
export { builtinPlugin } from './plugin/builtin-plugin.js'
export type {
  AggregatorChild,
  AggregatorContext,
  AggregatorDefinition,
  AggregatorMeta,
  CohortReporter,
  Deprecation,
  InputField,
  InputKind,
  InputSpec,
  ItemMeta,
  NodeInfo,
  NormaliserContext,
  NormaliserDefinition,
  NormaliserMeta,
  OptionIssue,
  Plugin,
  PluginItem,
  Reporter,
  RuleContext,
  RuleDefinition,
  RuleInput,
  RuleInputValue,
  RuleMeta,
  RuleStaticContext,
  Severity,
} from './plugin/contract.js'
export { PLUGIN_API_VERSION } from './plugin/contract.js'
export {
  defineAggregator,
  defineNormaliser,
  definePlugin,
  defineRule,
  validatePlugin,
} from './plugin/define.js'
export { DEFAULT_INPUTS, inputFields, resolveOptions } from './plugin/options.js'
export type { AppendixRow, AppendixTable, BilingualText } from './render/appendix-model.js'
export type { AppendixOptions } from './render/build-appendix.js'
export { buildAppendix } from './render/build-appendix.js'
export type { RenderOptions } from './render/render-options.js'
export { APPENDIX_HEADINGS, appendixColumnHeadings } from './render/render-options.js'
export { appendixToHtml } from './render/to-html.js'
export { appendixToMarkdown } from './render/to-markdown.js'
export type { DataColumn } from './schema/data-column.js'
export { DataColumnSchema } from './schema/data-column.js'
export type { Dataset, DatasetInput, Observation, Origin, Unit } from './schema/dataset.js'
export {
  DatasetSchema,
  NOT_APPLICABLE,
  ObservationSchema,
  OriginSchema,
  UnitSchema,
} from './schema/dataset.js'
export type { DecimalString } from './schema/decimal-string.js'
export { DecimalStringSchema, NonNegativeDecimalStringSchema } from './schema/decimal-string.js'
export type { Evidence } from './schema/evidence.js'
export { EVIDENCE_PROPERTIES, EvidenceSchema, RoundCodeSchema } from './schema/evidence.js'
export { jsonSchema } from './schema/json-schema.js'
export type { LocalizedText } from './schema/localized-text.js'
export { LocalizedTextSchema, localize } from './schema/localized-text.js'
export type { Methodology, MethodologyInput } from './schema/methodology.js'
export {
  BandSchema,
  LegalBasisSchema,
  MethodologyIdSchema,
  MethodologySchema,
  MethodologyStatusSchema,
  RankingSchema,
  ResultSchema,
  SemverSchema,
  TieBreakerSchema,
} from './schema/methodology.js'
export type { MethodologyNode, MissingPolicy, PluginCall, Rounding, Source } from './schema/node.js'
export {
  MissingPolicySchema,
  NodeCodeSchema,
  NodeSchema,
  PluginCallSchema,
  RoundingSchema,
  SourceSchema,
} from './schema/node.js'
export type { DatasetParseOptions, ParseOptions } from './schema/parse.js'
export { parseDataset, parseMethodology, parseScorecard } from './schema/parse.js'
export { DenominateSchema, MinPresentSchema, ScreenSchema } from './schema/pipeline.js'
export type { Round } from './schema/round.js'
export { RoundSchema, RoundsSchema } from './schema/round.js'
export type { Diagnostic, NodeResult, NodeTrace, Scorecard, UnitResult } from './schema/scorecard.js'
export {
  DiagnosticSchema,
  InputOriginSchema,
  NodeResultSchema,
  NodeTraceSchema,
  ScorecardSchema,
  TraceStepSchema,
  UnitResultSchema,
} from './schema/scorecard.js'
export { invisibleCharacter, UnitCodeSchema } from './schema/unit-code.js'
export type { OwnersFile } from './targets/owners.js'
export { OwnersFileSchema, ownerOf, parseOwners } from './targets/owners.js'
export type { ProgressRow } from './targets/progress.js'
export { progress } from './targets/progress.js'
export type { Target, TargetsFile } from './targets/targets-schema.js'
export { parseTargets, TargetSchema, TargetsFileSchema } from './targets/targets-schema.js'
export type { UnitMapping } from './units/map-unit.js'
export { mapUnit } from './units/map-unit.js'
export { isValidOn, parseUnitRegistry } from './units/parse-registry.js'
export { unitRegistryJsonSchema } from './units/registry-json-schema.js'
export type { LineageEvent, UnitRecord, UnitRegistry } from './units/registry-schema.js'
export { LineageEventSchema, UnitRecordSchema, UnitRegistrySchema } from './units/registry-schema.js'
export { applyDiff } from './versioning/apply-diff.js'
export { canonicalMethodology } from './versioning/canonical.js'
export type { Crosswalk, CrosswalkEntry } from './versioning/crosswalk.js'
export {
  CrosswalkEntrySchema,
  CrosswalkSchema,
  leafCodes,
  parseCrosswalk,
} from './versioning/crosswalk.js'
export { crosswalkJsonSchema } from './versioning/crosswalk-json-schema.js'
export { diffMethodologies, isEmptyDiff } from './versioning/diff.js'
export type {
  MethodologyChange,
  MethodologyDiff,
  MethodologyField,
  NodeField,
  NodePlace,
} from './versioning/diff-types.js'
export { fingerprint } from './versioning/fingerprint.js'
export type { RebaseProblem, RebaseResult } from './versioning/rebase.js'
export { REBASE_PROBLEMS, rebase } from './versioning/rebase.js'
export type { MethodologyReference } from './versioning/reference.js'
export { parseReference, pickVersion } from './versioning/reference.js'
export type { SemVer } from './versioning/semver.js'
export { compareSemver, satisfiesRange } from './versioning/semver.js'

import { ChisoError, type CompiledMethodology, isChisoError, type ObservationChange } from '@chiso/core'
import { type WhatIfResult, whatIf } from '@chiso/scenarios'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatWhatIfText } from '../format/what-if-text.js'
import { WHAT_IF_MESSAGES } from '../messages/what-if.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { loadMethodology } from './load-methodology.js'
import { unitCodeOption } from './unit-code-option.js'
import { usageError } from './usage-error.js'
import {
  type ChangeOrigin,
  collect,
  parseSetOption,
  parseWeightOption,
  readChangesFile,
  refuseChange,
  type ValueEdit,
  type WeightEdit,
} from './what-if-changes.js'

/**
 * Options of `chiso what-if`.
 *
 * @example
 * ```ts
 * const options: WhatIfCommandOptions = { unit: 'dong-son', set: [parseSetOption('1.2.2=0.5')], lang: 'vi' }
 * ```
 */
export interface WhatIfCommandOptions extends DataOptions {
  unit: string
  set?: ValueEdit[]
  weight?: WeightEdit[]
  /** A YAML/JSON file of changes (`set:`, `weights:`). */
  changes?: string
  json?: boolean
  lang?: 'vi' | 'en'
}

/** Diagnostics that mean a value set by the what-if cannot be scored as given (not merely "missing"). */
const REFUSED_DIAGNOSTIC = (code: string, severity: string) => code === 'INPUT_RANGE' || severity === 'error'

/**
 * `chiso what-if METHODOLOGY DATA --unit CODE --set CODE=VALUE …`: changes some of one unit's values (or node
 * weights) and prints the unit's index, rank and band before and after, the points of each changed leaf, every
 * node that moved, and the other units whose rank changed. A change that cannot have the effect asked for is
 * refused where it was written: an unknown code, a node computed from its children, a value out of its range,
 * a weight under an aggregator that ignores weights.
 *
 * @example
 * ```ts
 * await whatIfCommand('district.methodology.yaml', 'districts-2023.synthetic.csv',
 *   { unit: 'dong-son', set: [parseSetOption('1.2.2=0.5')] }, context)
 * // stdout: Giả định cho Huyện Đông Sơn (dong-son) … Hạng: 20 → 19 (lên 1 bậc) …
 * // → 0
 * ```
 */
export async function whatIfCommand(
  methodologyFile: string,
  dataFile: string,
  options: WhatIfCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const language = options.lang ?? context.language ?? 'vi'
  const words = WHAT_IF_MESSAGES.en
  const fromFile =
    options.changes === undefined ? undefined : readChangesFile(options.changes, context.io.cwd)
  const values = [...(options.set ?? []), ...(fromFile?.values ?? [])]
  const weights = [...(options.weight ?? []), ...(fromFile?.weights ?? [])]
  if (values.length === 0 && weights.length === 0)
    usageError(context, WHAT_IF_MESSAGES[language].nothingToChange)

  const compiled = loadMethodology(methodologyFile, context.io.cwd, context.limits)
  const { dataset } = await loadData(dataFile, options, context, compiled)
  if (!dataset.units.some((unit) => unit.code === options.unit)) {
    const known = dataset.units.map((unit) => unit.code)
    throw new ChisoError('NOT_FOUND', words.noUnit(options.unit), {
      issues: [
        {
          file: dataFile,
          message: `--unit ${options.unit}: ${words.noUnit(options.unit)}`,
          hint: `known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}`,
        },
      ],
    })
  }
  checkTargets(compiled, values, weights)

  const observations: ObservationChange[] = values.map((edit) => ({
    unit: options.unit,
    node: edit.node,
    ...(edit.field === undefined ? {} : { field: edit.field }),
    value: edit.value,
  }))
  let result: WhatIfResult
  try {
    result = whatIf(compiled, dataset, {
      observations,
      ...(weights.length === 0
        ? {}
        : { weights: Object.fromEntries(weights.map((edit) => [edit.node, edit.weight])) }),
    })
  } catch (error) {
    throw placeRefusal(error, values, weights)
  }
  refuseOutOfRange(result, options.unit, values)

  const leaves = [...new Set(values.map((edit) => edit.node))]
  const weightList = weights.map(({ node, weight }) => ({ node, weight }))
  if (options.json) {
    context.io.stdout.write(
      `${JSON.stringify(whatIfJson(result, options.unit, leaves, values, weightList), null, 2)}\n`,
    )
    return EXIT.OK
  }
  context.io.stdout.write(
    formatWhatIfText(
      {
        unit: options.unit,
        before: result.before,
        after: result.after,
        compiled,
        deltas: result.units,
        leaves,
        weights: weightList,
      },
      language,
      context.out,
    ),
  )
  return EXIT.OK
}

/** Refuses codes that are not in the tree, and values set on nodes computed from their children. */
function checkTargets(
  compiled: CompiledMethodology,
  values: ReadonlyArray<ValueEdit>,
  weights: ReadonlyArray<WeightEdit>,
): void {
  const words = WHAT_IF_MESSAGES.en
  const { model } = compiled
  const leafCodes = compiled.leaves.map((leaf) => leaf.code)
  const near = (code: string) => {
    const prefix = code.split('.').slice(0, -1).join('.')
    const close = leafCodes.filter((leaf) => prefix !== '' && leaf.startsWith(`${prefix}.`))
    const shown = close.length > 0 ? close : leafCodes
    return `criteria that take values: ${shown.slice(0, 12).join(', ')}${shown.length > 12 ? ', …' : ''}`
  }
  for (const edit of values) {
    const node = model.byCode.get(edit.node)
    if (node === undefined || node.parent === -1)
      throw refuseChange(edit.origin, 'NOT_FOUND', words.unknownNode(edit.node), near(edit.node))
    if (!node.rule)
      throw refuseChange(edit.origin, 'NOT_FOUND', words.notALeaf(edit.node), near(`${edit.node}.x`))
    const fields = Object.keys(node.rule.fields)
    const field = edit.field ?? 'value'
    if (!fields.includes(field))
      throw refuseChange(
        edit.origin,
        'NOT_FOUND',
        `rule ${node.rule.def.id} of "${node.code}" reads ${fields.join(', ')}, not "${field}"`,
        `write ${fields.map((name) => `${node.code}:${name}=…`).join(' ')}`,
      )
  }
  for (const edit of weights) {
    const node = model.byCode.get(edit.node)
    if (node === undefined || node.parent === -1)
      throw refuseChange(edit.origin, 'NOT_FOUND', words.unknownNode(edit.node))
  }
}

/** A `ChisoError` of the scenarios (`weights.<code>`, or the position of an observation change) placed at its origin. */
function placeRefusal(
  error: unknown,
  values: ReadonlyArray<ValueEdit>,
  weights: ReadonlyArray<WeightEdit>,
): unknown {
  if (!isChisoError(error) || error.code === 'INTERNAL') return error
  const path = error.path ?? error.issues[0]?.path ?? []
  let origin: ChangeOrigin | undefined
  if (path[0] === 'weights') origin = weights.find((edit) => edit.node === path[1])?.origin
  else if (typeof path[0] === 'number') origin = values[path[0]]?.origin
  if (origin === undefined) return error
  const code = error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'INVALID_ARGUMENT'
  const [issue] = error.issues
  return refuseChange(origin, code, issue?.message ?? error.message, issue?.hint ?? error.hint)
}

/** A value the rule reports as out of range (or cannot score) would silently be clamped: refuse it instead. */
function refuseOutOfRange(result: WhatIfResult, unit: string, values: ReadonlyArray<ValueEdit>): void {
  const changed = new Set(values.map((edit) => edit.node))
  for (const diagnostic of result.after.diagnostics) {
    if (diagnostic.unit !== unit || diagnostic.node === undefined || !changed.has(diagnostic.node)) continue
    if (!REFUSED_DIAGNOSTIC(diagnostic.code, diagnostic.severity)) continue
    const edit = [...values].reverse().find((candidate) => candidate.node === diagnostic.node)!
    throw refuseChange(edit.origin, 'INVALID_ARGUMENT', WHAT_IF_MESSAGES.en.outOfRange(diagnostic.message))
  }
}

/** The `--json` document: exact decimal strings throughout. */
function whatIfJson(
  result: WhatIfResult,
  unit: string,
  leaves: ReadonlyArray<string>,
  values: ReadonlyArray<ValueEdit>,
  weights: ReadonlyArray<{ node: string; weight: string }>,
) {
  const before = result.before.units.find((candidate) => candidate.unit === unit)!
  const after = result.after.units.find((candidate) => candidate.unit === unit)!
  const delta = result.units.find((candidate) => candidate.unit === unit)!
  const summary = (card: typeof before) => ({
    score: card.score,
    max: card.max,
    index: card.index,
    indexDisplay: card.indexDisplay,
    rank: card.rank,
    band: card.band,
  })
  return {
    methodology: result.before.methodology,
    ...(result.after.methodology.fingerprint === result.before.methodology.fingerprint
      ? {}
      : { methodologyAfter: result.after.methodology }),
    unit,
    name: after.name ?? null,
    changes: {
      set: values.map((edit) => ({
        node: edit.node,
        field: edit.field ?? 'value',
        value: edit.value,
      })),
      weights,
    },
    before: summary(before),
    after: summary(after),
    indexDelta: delta.indexDelta,
    rankDelta: delta.rankDelta,
    leaves: leaves.map((code) => {
      const node = delta.nodes.find((moved) => moved.node === code)
      const score = before.nodes[code]?.score ?? null
      return node ?? { node: code, before: score, after: score, delta: score === null ? null : '0' }
    }),
    nodes: delta.nodes,
    otherUnits: result.units
      .filter((other) => other.unit !== unit && other.rankDelta !== null && other.rankDelta !== 0)
      .map((other) => ({ unit: other.unit, rankBefore: other.rankBefore, rankAfter: other.rankAfter })),
  }
}

/**
 * Adds `chiso what-if METHODOLOGY DATA --unit CODE --set CODE=VALUE … [--weight CODE=W] [--changes FILE]
 * [--json] [--lang vi|en]` to the program.
 *
 * @example
 * ```ts
 * registerWhatIfCommand(program, context, state)
 * ```
 */
export const registerWhatIfCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('what-if')
    .description(
      'change some of one unit’s values (or node weights) and see its index and rank before and after',
    )
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data: CSV, XLSX, or a dataset JSON/YAML')
    .requiredOption('-u, --unit <code>', 'the unit (đơn vị) whose values change', unitCodeOption)
    .option(
      '--set <code=value>',
      'a leaf’s new value, read like a data cell: 0.5, 7,5, 95%, có/không, NA/KAD, or empty (missing); ' +
        'CODE:FIELD=VALUE for a rule with several inputs (repeatable)',
      collect(parseSetOption),
    )
    .option('--weight <code=weight>', 'a node’s new relative weight (repeatable)', collect(parseWeightOption))
    .option(
      '--changes <file>',
      'a YAML/JSON file of changes: set: { CODE: VALUE }, weights: { CODE: WEIGHT }',
    )
    .option('--json', 'print the before/after results, changed leaves, moved nodes and rank changes as JSON')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'A change that cannot have the effect asked for is refused (exit 1): an unknown code, a node computed',
        'from its children, a value out of the rule’s range, a weight under an aggregator that ignores weights.',
        '',
        'Examples:',
        '  $ chiso what-if examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit dong-son --set 1.2.2=0.5',
        '  $ chiso what-if examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit dong-son --set 1.1.2:done=41 --json',
        '  $ chiso what-if examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --unit quang-ninh --weight transparency=25 --lang en',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: WhatIfCommandOptions) => {
      state.exitCode = await whatIfCommand(methodology, data, options, context)
    })
}

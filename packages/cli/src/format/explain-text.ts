import {
  ChisoError,
  type Evidence,
  localize,
  type Methodology,
  type MethodologyNode,
  type NodeResult,
  type NodeTrace,
  type Scorecard,
} from '@chiso/core'
import { DIAGNOSTIC_MESSAGES } from '../messages/diagnostics.js'
import { EXPLAIN_MESSAGES } from '../messages/explain.js'
import type { Language } from '../messages/language.js'
import { METHOD_NAMES } from '../messages/method-names.js'
import { diagnosticText } from './diagnostics.js'

/**
 * What to explain and in which language: one unit, optionally one node.
 *
 * @example
 * ```ts
 * const request: ExplainRequest = { unit: 'dong-son', node: '1.2.1', language: 'vi' }
 * ```
 */
export interface ExplainRequest {
  /** The unit to explain. */
  unit: string
  /** One node in detail; without it, the whole tree. */
  node?: string
  /** The language of the words and of the methodology's titles. */
  language: Language
}

/**
 * `chiso explain`'s text, written from the scorecard's structured results (each node's result, trace and
 * steps, the diagnostics) with the words of the message catalogue, so that it follows `--lang`. In English it
 * is, character for character, what core's `explain()` writes (a test compares the two); in Vietnamese the
 * diagnostics are said by their code's sentence.
 *
 * @example
 * ```ts
 * explainText(card, methodology, { unit: 'dong-son', language: 'vi' })
 * // 'dong-son Huyện Đông Sơn — … \n  chỉ số 85.50 (chính xác 85.5) = 85.5 / 100 điểm áp dụng, hạng 3, …'
 * ```
 */
export function explainText(scorecard: Scorecard, methodology: Methodology, request: ExplainRequest): string {
  const { language } = request
  const words = EXPLAIN_MESSAGES[language]
  const severity = DIAGNOSTIC_MESSAGES[language].severity
  const unit = scorecard.units.find((candidate) => candidate.unit === request.unit)
  if (!unit)
    throw new ChisoError('NOT_FOUND', `the scorecard has no unit "${request.unit}"`, {
      reason: { code: 'not-found.unit', params: { holder: 'scorecard', unit: request.unit } },
    })
  const titles = new Map<string, string>()
  const depths = new Map<string, number>()
  // Tree order (parent, then children): the scorecard's node object lists integer-like keys first.
  const treeOrder: string[] = []
  const walk = (nodes: ReadonlyArray<MethodologyNode>, depth: number) => {
    for (const node of nodes) {
      titles.set(node.code, localize(node.title, language))
      depths.set(node.code, depth)
      treeOrder.push(node.code)
      if (node.children) walk(node.children, depth + 1)
    }
  }
  walk(methodology.tree, 0)
  const diagnosticsFor = (node?: string) =>
    scorecard.diagnostics.filter((d) => d.unit === unit.unit && (node === undefined || d.node === node))

  if (request.node !== undefined) {
    const result = unit.nodes[request.node]
    if (!result)
      throw new ChisoError('NOT_FOUND', `the methodology has no node "${request.node}"`, {
        reason: { code: 'not-found.node', params: { holder: 'methodology', node: request.node } },
      })
    const lines = [words.nodeTitle(request.node, titles.get(request.node) ?? '', unit.unit).trimEnd()]
    lines.push(`  ${summary(result, language)}`)
    lines.push(...traceLines(result, language).map((line) => `  ${line}`))
    for (const d of diagnosticsFor(request.node))
      lines.push(`  ${severity[d.severity]} ${d.code}: ${diagnosticText(d, language)}`)
    // The node's cohort steps (imputation count, treatment details) concern every unit.
    for (const d of scorecard.diagnostics) {
      if (d.node === request.node && d.unit === undefined)
        lines.push(`  ${severity[d.severity]} ${d.code} (${words.cohort}): ${diagnosticText(d, language)}`)
    }
    return lines.join('\n')
  }

  const header = [
    `${unit.unit}${unit.name ? ` ${unit.name}` : ''} — ${localize(methodology.title, language)} ${methodology.id}@${methodology.version} (${scorecard.methodology.fingerprint.slice(0, 19)}…)`,
    `  ${words.index(unit.indexDisplay ?? '—', unit.index ?? '—')}${unit.max === null ? '' : words.ofApplicable(String(unit.score), unit.max)}${words.rankBand(String(unit.rank ?? '—'), unit.band ?? '—')}`,
  ]
  const body = treeOrder.flatMap((code) => {
    const result = unit.nodes[code]
    if (!result) return []
    const indent = '  '.repeat((depths.get(code) ?? 0) + 1)
    return [`${indent}${code} ${titles.get(code) ?? ''}: ${summary(result, language)}`]
  })
  const problems = diagnosticsFor().map(
    (d) =>
      `  ${severity[d.severity]} ${d.code}${d.node ? words.at(d.node) : ''}: ${diagnosticText(d, language)}`,
  )
  return [...header, ...body, ...(problems.length > 0 ? [words.diagnostics, ...problems] : [])].join('\n')
}

function summary(result: NodeResult, language: Language): string {
  const words = EXPLAIN_MESSAGES[language]
  if (result.status === 'na') return words.notApplicable
  if (result.status === 'missing') return words.missing
  if (result.status === 'error') return words.error
  const marks = `${result.imputed ? words.imputed : ''}${result.rank === undefined ? '' : words.rank(String(result.rank ?? '—'))}`
  return result.max === null
    ? `${words.value(String(result.score))}${marks}`
    : `${words.points(String(result.score), result.max, result.index === null ? '—' : `${shorten(result.index)} %`)}${marks}`
}

function shorten(text: string): string {
  const [whole, fraction] = text.split('.')
  return fraction && fraction.length > 4 ? `${whole}.${fraction.slice(0, 4)}…` : text
}

function traceLines(result: NodeResult, language: Language): string[] {
  const words = EXPLAIN_MESSAGES[language]
  const lines: string[] = []
  const trace = result.trace
  if (trace?.kind === 'leaf') {
    const inputs = Object.entries(trace.inputs)
      .map(
        ([name, value]) =>
          `${name}=${String(value)}${trace.sources[name] ? ` (${trace.sources[name]})` : ''}`,
      )
      .join(', ')
    lines.push(
      words.rule(trace.rule, JSON.stringify(trace.options), inputs || words.noInputs, trace.result ?? '—'),
    )
    if (trace.note) lines.push(`${words.note}: ${trace.note}`)
    for (const [field, origin] of Object.entries(trace.origins ?? {}))
      lines.push(words.from(field, where(origin, language)))
    for (const item of trace.evidence ?? []) lines.push(`${words.evidence}: ${evidenceText(item, language)}`)
    if (trace.explanation) lines.push(`${words.explanation}: ${trace.explanation}`)
    if (trace.comment) lines.push(`${words.comment}: ${trace.comment}`)
  } else if (trace?.kind === 'aggregate') {
    lines.push(
      words.aggregate(
        methodWords(trace.aggregator, language),
        JSON.stringify(trace.options),
        trace.result ?? '—',
      ),
    )
    for (const child of trace.children) {
      lines.push(
        `  ${child.node}: ${child.status === 'used' ? words.child(String(child.value), child.max, String(child.weight)) : (words.childStatus[child.status] ?? child.status)}`,
      )
    }
  } else lines.push(words.noTrace)
  for (const step of result.steps ?? [])
    lines.push(
      words.step(
        words.steps[step.step] ?? step.step,
        methodWords(step.by, language),
        step.from ?? words.stepMissing,
        step.to ?? '—',
      ),
    )
  return lines
}

/**
 * What a rule, aggregator or step goes by, in the language: English keeps core's text (the method's id, `max`,
 * `2 decimals, half-up`), as core's `explain()` writes it; Vietnamese names a built-in method by its name in
 * the catalogue and says the other steps' words (a plugin's method, without a name, keeps its id).
 */
function methodWords(by: string, language: Language): string {
  if (language === 'en') return by
  const stepBy = EXPLAIN_MESSAGES.vi.stepBy
  if (Object.hasOwn(METHOD_NAMES.vi, by)) return METHOD_NAMES.vi[by]!
  if (by === 'max' || by === 'bounds') return stepBy[by]
  const rounding = /^(\d+) decimals, (.+)$/.exec(by)
  if (rounding) return stepBy.decimals(rounding[1]!, stepBy.modes[rounding[2]!] ?? rounding[2]!)
  return by
}

/** A cell and round as one phrase: `tu-danh-gia.xlsx, sheet dong-son, row 7, column E, round self`. */
function where(
  origin: NonNullable<Extract<NodeTrace, { kind: 'leaf' }>['origins']>[string],
  language: Language,
): string {
  const words = EXPLAIN_MESSAGES[language].where
  const parts = [
    origin.file,
    origin.sheet === undefined ? undefined : `${words.sheet} ${origin.sheet}`,
    origin.row === undefined ? undefined : `${words.row} ${origin.row}`,
    origin.column === undefined ? undefined : `${words.column} ${origin.column}`,
    origin.round === undefined ? undefined : `${words.round} ${origin.round}`,
  ]
  return parts.filter((part) => part !== undefined).join(', ')
}

/** An evidence item as one phrase; its kind, number and title are the data's own words. */
function evidenceText(item: Evidence, language: Language): string {
  const words = EXPLAIN_MESSAGES[language]
  return [
    item.kind,
    item.number,
    item.date === undefined ? undefined : words.evidenceOf(item.date),
    item.title === undefined ? undefined : `"${item.title}"`,
    item.link === undefined ? undefined : `<${item.link}>`,
    item.file === undefined ? undefined : words.evidenceFile(item.file),
    item.page === undefined ? undefined : words.evidencePage(item.page),
  ]
    .filter((part) => part !== undefined)
    .join(' ')
}

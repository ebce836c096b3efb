import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { Evidence } from '../schema/evidence.js'
import { localize } from '../schema/localized-text.js'
import type { Methodology } from '../schema/methodology.js'
import type { MethodologyNode } from '../schema/node.js'
import type { NodeResult, NodeTrace, Scorecard } from '../schema/scorecard.js'

/**
 * Options of {@link explain}: which unit, optionally which node, and the language of titles.
 *
 * @example
 * ```ts
 * const options: ExplainOptions = { unit: 'dong-son', node: '3.2.1', language: 'en' }
 * ```
 *
 * @category Scoring
 */
export interface ExplainOptions {
  /** The unit to explain. */
  unit: string
  /** One node to explain in detail; without it, the whole tree is listed. */
  node?: string
  /** Language of titles (default `vi`, falling back to `en`). */
  language?: 'vi' | 'en'
}

/**
 * Explains how a unit's result came about, as text: its index, rank and band, then every node with its
 * points, maximum and index — or, with `node`, that node's inputs, sources, rule, options, children and the
 * steps applied (normalisation, rounding, capping). Needs a scorecard evaluated with `trace: true` (the
 * default) for the details.
 *
 * @example
 * ```ts
 * console.log(explain(card, methodology, { unit: 'A', node: '2' }))
 * // 2 Report — unit A
 * //   5 of 6 points (83.3333… %)
 * //   rule chiso/points {} on value=5 → 5
 * ```
 *
 * @category Scoring
 */
export function explain(scorecard: Scorecard, methodology: Methodology, options: ExplainOptions): string {
  const unit = scorecard.units.find((candidate) => candidate.unit === options.unit)
  if (!unit)
    throw new ChisoError(ERROR_CODES.NOT_FOUND, `the scorecard has no unit "${options.unit}"`, {
      reason: { code: 'not-found.unit', params: { holder: 'scorecard', unit: options.unit } },
    })
  const language = options.language ?? 'vi'
  const titles = new Map<string, string>()
  const depths = new Map<string, number>()
  // Tree order (parent, then its children): the scorecard's node object cannot keep it, because JavaScript
  // lists integer-like keys ("1", "2") before the others ("1.1").
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

  if (options.node !== undefined) {
    const result = unit.nodes[options.node]
    if (!result)
      throw new ChisoError(ERROR_CODES.NOT_FOUND, `the methodology has no node "${options.node}"`, {
        reason: { code: 'not-found.node', params: { holder: 'methodology', node: options.node } },
      })
    const lines = [`${options.node} ${titles.get(options.node) ?? ''} — unit ${unit.unit}`.trimEnd()]
    lines.push(`  ${summary(result)}`)
    lines.push(...traceLines(result).map((line) => `  ${line}`))
    for (const diagnostic of diagnosticsFor(options.node)) {
      lines.push(`  ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`)
    }
    // The node's cohort steps (imputation count, treatment details) concern every unit.
    for (const diagnostic of scorecard.diagnostics) {
      if (diagnostic.node === options.node && diagnostic.unit === undefined)
        lines.push(`  ${diagnostic.severity} ${diagnostic.code} (cohort): ${diagnostic.message}`)
    }
    return lines.join('\n')
  }

  const header = [
    `${unit.unit}${unit.name ? ` ${unit.name}` : ''} — ${localize(methodology.title, language)} ${methodology.id}@${methodology.version} (${scorecard.methodology.fingerprint.slice(0, 19)}…)`,
    `  index ${unit.indexDisplay ?? '—'} (exact ${unit.index ?? '—'})${unit.max === null ? '' : ` = ${unit.score} of ${unit.max} applicable points`}, rank ${unit.rank ?? '—'}, band ${unit.band ?? '—'}`,
  ]
  const body = treeOrder.flatMap((code) => {
    const result = unit.nodes[code]
    if (!result) return []
    const indent = '  '.repeat((depths.get(code) ?? 0) + 1)
    return [`${indent}${code} ${titles.get(code) ?? ''}: ${summary(result)}`]
  })
  const problems = diagnosticsFor().map(
    (d) => `  ${d.severity} ${d.code}${d.node ? ` at ${d.node}` : ''}: ${d.message}`,
  )
  return [...header, ...body, ...(problems.length > 0 ? ['diagnostics:', ...problems] : [])].join('\n')
}

function summary(result: NodeResult): string {
  if (result.status === 'na') return 'not applicable'
  if (result.status === 'missing') return 'missing (left out)'
  if (result.status === 'error') return 'error (see diagnostics)'
  const marks = `${result.imputed ? ', imputed' : ''}${result.rank === undefined ? '' : `, rank ${result.rank ?? '—'}`}`
  return result.max === null
    ? `value ${result.score}${marks}`
    : `${result.score} of ${result.max} points (${result.index === null ? '—' : `${shorten(result.index)} %`})${marks}`
}

function shorten(text: string): string {
  const [whole, fraction] = text.split('.')
  return fraction && fraction.length > 4 ? `${whole}.${fraction.slice(0, 4)}…` : text
}

function traceLines(result: NodeResult): string[] {
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
      `rule ${trace.rule} ${JSON.stringify(trace.options)} on ${inputs || 'no inputs'} → ${trace.result ?? '—'}`,
    )
    if (trace.note) lines.push(`note: ${trace.note}`)
    for (const [field, origin] of Object.entries(trace.origins ?? {}))
      lines.push(`${field} from ${where(origin)}`)
    for (const item of trace.evidence ?? []) lines.push(`evidence: ${evidenceText(item)}`)
    if (trace.explanation) lines.push(`explanation: ${trace.explanation}`)
    if (trace.comment) lines.push(`comment: ${trace.comment}`)
  } else if (trace?.kind === 'aggregate') {
    lines.push(`aggregate ${trace.aggregator} ${JSON.stringify(trace.options)} → ${trace.result ?? '—'}`)
    for (const child of trace.children) {
      lines.push(
        `  ${child.node}: ${child.status === 'used' ? `${child.value}${child.max === null ? '' : ` of ${child.max}`} × weight ${child.weight}` : child.status}`,
      )
    }
  } else lines.push('no trace recorded (evaluate with trace: true)')
  for (const step of result.steps ?? [])
    lines.push(`${step.step} by ${step.by}: ${step.from ?? '(missing)'} → ${step.to ?? '—'}`)
  return lines
}

/** A cell and round as one phrase: `tu-danh-gia.xlsx, sheet dong-son, row 7, column E, round self`. */
function where(origin: NonNullable<Extract<NodeTrace, { kind: 'leaf' }>['origins']>[string]): string {
  const parts = [
    origin.file,
    origin.sheet === undefined ? undefined : `sheet ${origin.sheet}`,
    origin.row === undefined ? undefined : `row ${origin.row}`,
    origin.column === undefined ? undefined : `column ${origin.column}`,
    origin.round === undefined ? undefined : `round ${origin.round}`,
  ]
  return parts.filter((part) => part !== undefined).join(', ')
}

/**
 * An evidence item as one line of text, for explanations and reports.
 *
 * @example
 * ```ts
 * evidenceText({ kind: 'decision', number: '125/QĐ-UBND', date: '2023-03-15', page: '4' })
 * // 'decision 125/QĐ-UBND of 2023-03-15 p. 4'
 * ```
 *
 * @category Scoring
 */
export function evidenceText(item: Evidence): string {
  return [
    item.kind,
    item.number,
    item.date === undefined ? undefined : `of ${item.date}`,
    item.title === undefined ? undefined : `"${item.title}"`,
    item.link === undefined ? undefined : `<${item.link}>`,
    item.file === undefined ? undefined : `file ${item.file}`,
    item.page === undefined ? undefined : `p. ${item.page}`,
  ]
    .filter((part) => part !== undefined)
    .join(' ')
}

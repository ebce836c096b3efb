import {
  type Diagnostic,
  type NodeResult,
  type Scorecard,
  type ScorecardByUnit,
  scorecardByUnitOf,
  type UnitResult,
  type UnitSummary,
} from '@chiso/core'
import { orderedStringifier } from './ordered-json.js'

/**
 * One node of a unit in the CLI's JSON contract (with `--trace`, the full node result).
 *
 * @example
 * ```ts
 * const node: ContractNode = { score: '8.5', max: '10', index: '85' }
 * ```
 */
export type ContractNode = Pick<NodeResult, 'score' | 'max' | 'index'> | NodeResult

/**
 * One unit in the CLI's JSON contract.
 *
 * @example
 * ```ts
 * const unit: ContractUnit = { unit: 'HN', score: '8.5', max: '10', index: '85', indexDisplay: '85.00',
 *   rank: 1, band: 'B', nodes: {} }
 * ```
 */
export interface ContractUnit {
  unit: string
  name?: string
  group?: string
  score: string | null
  max: string | null
  index: string | null
  indexDisplay: string | null
  rank: number | null
  groupRank?: number | null
  /** Rank among all units, when the methodology ranks within groups (`rank` is then the group rank). */
  overallRank?: number | null
  band: string | null
  nodes: Record<string, ContractNode>
}

/**
 * The object `chiso score --format json` prints (the CLI contract in DESIGN.md).
 *
 * @example
 * ```ts
 * const output: ContractScorecard = toContractJson(scorecard)
 * output.units[0]?.indexDisplay // '85.78'
 * ```
 */
export interface ContractScorecard {
  methodology: Scorecard['methodology']
  units: ContractUnit[]
  diagnostics: Diagnostic[]
}

/**
 * Shapes a scorecard as the CLI's JSON contract: the methodology's id, version and fingerprint; each unit
 * with its unrounded `score`/`max`/`index`, the rounded `indexDisplay`, `rank` and `band`, and per node only
 * `score`, `max` and `index` — unless `trace` is set, which keeps each node's `status`, `trace` and `steps`.
 * Every decimal stays a string.
 *
 * @example
 * ```ts
 * toContractJson(scorecard).units[0]
 * // { unit: 'HN', name: 'Hà Nội', score: '85.78', max: '100', index: '85.78', indexDisplay: '85.78',
 * //   rank: 1, band: 'B', nodes: { '1': { score: '8.5', max: '10', index: '85' } } }
 * ```
 */
export function toContractJson(scorecard: Scorecard, options: { trace?: boolean } = {}): ContractScorecard {
  return {
    methodology: {
      id: scorecard.methodology.id,
      version: scorecard.methodology.version,
      fingerprint: scorecard.methodology.fingerprint,
    },
    units: scorecard.units.map((unit) => contractUnit(unit, options.trace === true)),
    diagnostics: scorecard.diagnostics.map((diagnostic) => ({ ...diagnostic })),
  }
}

function contractUnit(unit: UnitResult, trace: boolean): ContractUnit {
  const nodes: Record<string, ContractNode> = {}
  for (const [code, node] of Object.entries(unit.nodes)) {
    nodes[code] = trace ? node : { score: node.score, max: node.max, index: node.index }
  }
  return {
    unit: unit.unit,
    ...(unit.name === undefined ? {} : { name: unit.name }),
    ...(unit.group === undefined ? {} : { group: unit.group }),
    score: unit.score,
    max: unit.max,
    index: unit.index,
    indexDisplay: unit.indexDisplay,
    rank: unit.rank,
    ...(unit.groupRank === undefined ? {} : { groupRank: unit.groupRank }),
    ...(unit.overallRank === undefined ? {} : { overallRank: unit.overallRank }),
    band: unit.band,
    nodes,
  }
}

/**
 * Writes the same text as `stringifyOrdered(toContractJson(scorecard, options), nodeOrder) + '\n'`, byte for
 * byte, as a sequence of chunks (about one per unit) passed to `emit`, without building the contract object
 * or the whole text: at 10 000 units × 100 nodes the text is over 100 MB, which one string cannot hold with
 * `--trace` and which costs seconds of copying and garbage collection without it. Each unit's nodes are
 * written by walking `nodeOrder` (codes absent from the unit are skipped; codes outside it follow, as the
 * sort in `stringifyOrdered` puts them). A {@link ScorecardByUnit} (from `compiled.evaluateByUnit`) is written
 * the same way, asking it for one unit's nodes at a time: every node of every unit is never held at once.
 *
 * @example
 * ```ts
 * const chunks: string[] = []
 * writeContractJson(scorecard, treeOrder(compiled.methodology), { trace: false }, (chunk) => chunks.push(chunk))
 * chunks.join('') === `${stringifyOrdered(toContractJson(scorecard), treeOrder(compiled.methodology))}\n` // true
 * ```
 */
export function writeContractJson(
  scorecard: Scorecard | ScorecardByUnit,
  nodeOrder: ReadonlyArray<string>,
  options: { trace?: boolean },
  emit: (chunk: string) => void,
): void {
  const write = orderedStringifier(nodeOrder)
  const quote = quoter()
  const shape: UnitShape = {
    nodeOrder,
    ordered: new Set(nodeOrder),
    // Each node's key line, built once instead of once per unit.
    keyed: nodeOrder.map((code) => `        ${JSON.stringify(code)}: `),
    trace: options.trace === true,
    write,
    quote,
    body: nodeBodies(quote),
    byResult: sharedResultsTexts(byUnitOf(scorecard), nodeOrder, options.trace === true),
  }
  const { id, version, fingerprint } = scorecard.methodology
  emit(`{\n  "methodology": ${write({ id, version, fingerprint }, '  ')},\n  "units": `)
  const byUnit = byUnitOf(scorecard)
  const { units } = byUnit
  if (units.length === 0) emit('[]')
  else {
    emit('[\n')
    // One unit's text is gathered as parts and joined once: one flat string per unit, instead of a tree of
    // a thousand small concatenations that every later reader (the join of the unit, the encoding for the
    // file) would have to walk.
    const parts: string[] = []
    for (let index = 0; index < units.length; index++) {
      parts.length = 0
      parts.push('    ')
      unitJson(parts, units[index] as UnitSummary, byUnit, index, shape)
      parts.push(index === units.length - 1 ? '\n' : ',\n')
      emit(parts.join(''))
    }
    emit('  ]')
  }
  emit(`,\n  "diagnostics": ${write(scorecard.diagnostics, '  ')}\n}\n`)
}

function byUnitOf(scorecard: Scorecard | ScorecardByUnit): ScorecardByUnit {
  return 'nodesOf' in scorecard ? scorecard : scorecardByUnitOf(scorecard)
}

/** What every unit is written with: the tree order and what is derived from it once. */
interface UnitShape {
  nodeOrder: ReadonlyArray<string>
  ordered: ReadonlySet<string>
  keyed: ReadonlyArray<string>
  trace: boolean
  write: (value: unknown, indent?: string) => string
  quote: (text: string | null) => string
  /** The text of a node's `{ score, max, index }` at indent 8, remembered for repeated triples. */
  body: (score: string | null, max: string | null, index: string | null) => string
  /**
   * Without `--trace`, when the scorecard hands out node results in the writer's tree order
   * (`nodeResultsOf`): the text of each node (separator, key and body) by node position and result object.
   */
  byResult: SharedResultsTexts | undefined
}

/** Texts of shared node results by node position (see {@link sharedResultsTexts}), and how many are kept. */
interface SharedResultsTexts {
  readonly atNode: Array<Map<NodeResult, string>>
  kept: number
}

/** Node texts remembered in all, over every node position: bounded for columns of distinct results. */
const SHARED_TEXTS_LIMIT = 32_768

/**
 * What the writer remembers of a scorecard's shared node results (`nodeResultsOf`), when it gives them in the
 * writer's tree order and `--trace` is off; undefined otherwise (the node entries are read instead). A result
 * object stands for the same text wherever it appears at one node position: equal cells of a node share one
 * frozen result, so a million nodes cost a few thousand texts and one look-up each.
 */
function sharedResultsTexts(
  scorecard: ScorecardByUnit,
  nodeOrder: ReadonlyArray<string>,
  trace: boolean,
): SharedResultsTexts | undefined {
  const codes = scorecard.nodeCodes
  if (trace || scorecard.nodeResultsOf === undefined || codes === undefined) return undefined
  if (codes.length !== nodeOrder.length || codes.some((code, at) => code !== nodeOrder[at])) return undefined
  return { atNode: nodeOrder.map(() => new Map<NodeResult, string>()), kept: 0 }
}

/** Distinct decimal strings remembered by {@link quoter}: enough for repeated values, bounded for unique ones. */
const QUOTED_LIMIT = 10_000

/**
 * `JSON.stringify` for strings and null, remembering the text of the first {@link QUOTED_LIMIT} distinct
 * strings: scores repeat a great deal (a few hundred distinct values among a million nodes).
 */
function quoter(): (text: string | null) => string {
  const known = new Map<string, string>()
  return (text) => {
    if (text === null) return 'null'
    let quoted = known.get(text)
    if (quoted === undefined) {
      quoted = JSON.stringify(text)
      if (known.size < QUOTED_LIMIT) known.set(text, quoted)
    }
    return quoted
  }
}

/**
 * The text of `{ score, max, index }` at indent 8 (strings or null), remembering the first
 * {@link QUOTED_LIMIT} distinct triples: at 10 000 units × 100 leaves a few thousand triples make a million
 * nodes.
 */
function nodeBodies(
  quote: (text: string | null) => string,
): (score: string | null, max: string | null, index: string | null) => string {
  const known = new Map<string | null, Map<string | null, Map<string | null, string>>>()
  let size = 0
  return (score, max, index) => {
    const found = known.get(score)?.get(max)?.get(index)
    if (found !== undefined) return found
    const text = `{\n          "score": ${quote(score)},\n          "max": ${quote(max)},\n          "index": ${quote(index)}\n        }`
    if (size < QUOTED_LIMIT) {
      const byMax = known.get(score) ?? new Map<string | null, Map<string | null, string>>()
      known.set(score, byMax)
      const byIndex = byMax.get(max) ?? new Map<string | null, string>()
      byMax.set(max, byIndex)
      byIndex.set(index, text)
      size++
    }
    return text
  }
}

/** Appends `"key": value` as one more line of an object at `indent`; leaves out undefined values. */
function field(lines: string[], indent: string, key: string, value: unknown): void {
  const text: string | undefined = JSON.stringify(value)
  if (text !== undefined) lines.push(`${indent}${JSON.stringify(key)}: ${text}`)
}

/**
 * Appends one unit of the contract at indent 4 to `parts`, as `stringifyOrdered` writes `contractUnit(unit)`,
 * its nodes read from the scorecard.
 */
function unitJson(
  parts: string[],
  unit: UnitSummary,
  scorecard: ScorecardByUnit,
  position: number,
  shape: UnitShape,
): void {
  const at = '      '
  const lines: string[] = []
  field(lines, at, 'unit', unit.unit)
  if (unit.name !== undefined) field(lines, at, 'name', unit.name)
  if (unit.group !== undefined) field(lines, at, 'group', unit.group)
  field(lines, at, 'score', unit.score)
  field(lines, at, 'max', unit.max)
  field(lines, at, 'index', unit.index)
  field(lines, at, 'indexDisplay', unit.indexDisplay)
  field(lines, at, 'rank', unit.rank)
  if (unit.groupRank !== undefined) field(lines, at, 'groupRank', unit.groupRank)
  if (unit.overallRank !== undefined) field(lines, at, 'overallRank', unit.overallRank)
  field(lines, at, 'band', unit.band)
  parts.push('{\n', lines.join(',\n'), `,\n${at}"nodes": `)
  nodesTextOf(parts, scorecard, position, shape)
  parts.push('\n    }')
}

/**
 * Appends the text of one unit's nodes: straight from the unit's node entries when they come exactly in the
 * tree order the writer was given (what `evaluateByUnit` hands out), else from its record by {@link nodesJson}.
 */
function nodesTextOf(parts: string[], scorecard: ScorecardByUnit, position: number, shape: UnitShape): void {
  const { byResult } = shape
  if (byResult !== undefined && scorecard.nodeResultsOf !== undefined) {
    sharedNodesTextOf(parts, scorecard.nodeResultsOf(position), byResult, shape)
    return
  }
  const entries = scorecard.nodeEntriesOf(position)
  const { nodeOrder, keyed } = shape
  const start = parts.length
  const byRecord = () => {
    parts.length = start
    parts.push(nodesJson(scorecard.nodesOf(position), shape))
  }
  if (entries.length !== nodeOrder.length) {
    byRecord()
    return
  }
  for (let at = 0; at < entries.length; at++) {
    const [code, node] = entries[at]!
    if (code !== nodeOrder[at] || node === undefined) {
      byRecord()
      return
    }
    parts.push(at === 0 ? '{\n' : ',\n', keyed[at]!, nodeJson(node, shape))
  }
  parts.push(entries.length === 0 ? '{}' : '\n      }')
}

/**
 * Appends the text of one unit's nodes from its node results in tree order (`nodeResultsOf`): each node's
 * text (separator, key and body) is remembered by position and result object, so a shared result costs one
 * look-up.
 */
function sharedNodesTextOf(
  parts: string[],
  results: ReadonlyArray<NodeResult>,
  texts: SharedResultsTexts,
  shape: UnitShape,
): void {
  const { keyed } = shape
  const { atNode } = texts
  for (let at = 0; at < results.length; at++) {
    const node = results[at]!
    const known = atNode[at]!
    let text = known.get(node)
    if (text === undefined) {
      text = `${at === 0 ? '{\n' : ',\n'}${keyed[at]!}${nodeJson(node, shape)}`
      // Only a frozen result is shared between cells; a fresh one would never be met again.
      if (texts.kept < SHARED_TEXTS_LIMIT && Object.isFrozen(node)) {
        known.set(node, text)
        texts.kept++
      }
    }
    parts.push(text)
  }
  parts.push(results.length === 0 ? '{}' : '\n      }')
}

/** A unit's nodes at indent 6: tree order first, then any other codes in the object's own order. */
function nodesJson(nodes: UnitResult['nodes'], shape: UnitShape): string {
  const { nodeOrder, keyed } = shape
  let text = ''
  let seen = 0
  for (let at = 0; at < nodeOrder.length; at++) {
    const code = nodeOrder[at] as string
    const node = nodes[code]
    if (node === undefined) {
      if (Object.hasOwn(nodes, code)) seen++
      continue
    }
    // Own properties only: a code such as "constructor" must not find Object.prototype's.
    if (code in Object.prototype && !Object.hasOwn(nodes, code)) continue
    seen++
    text += `${text === '' ? '{\n' : ',\n'}${keyed[at]}${nodeJson(node, shape)}`
  }
  if (seen !== Object.keys(nodes).length) {
    for (const code of Object.keys(nodes)) {
      const node = nodes[code]
      if (shape.ordered.has(code) || node === undefined) continue
      text += `${text === '' ? '{\n' : ',\n'}        ${JSON.stringify(code)}: ${nodeJson(node, shape)}`
    }
  }
  return text === '' ? '{}' : `${text}\n      }`
}

/** One node at indent 8: `score`, `max`, `index`, or with `trace` the whole node result. */
function nodeJson(node: NodeResult, shape: UnitShape): string {
  if (shape.trace) return shape.write(node, '        ')
  const { score, max, index } = node
  // The usual case (every field a string or null): one remembered text; anything else field by field.
  if (isTextOrNull(score) && isTextOrNull(max) && isTextOrNull(index)) return shape.body(score, max, index)
  const at = '          '
  const lines: string[] = []
  field(lines, at, 'score', score)
  field(lines, at, 'max', max)
  field(lines, at, 'index', index)
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n        }`
}

function isTextOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string'
}

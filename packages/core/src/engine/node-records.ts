// Each unit's node results in the whole scorecard: one record per unit, its codes in tree order, each cell's
// result printed from the final columns.
import type { Dec } from '../decimal/decimal.js'
import type { CompiledModel } from '../model/compiled-model.js'
import type { NodeResult } from '../schema/scorecard.js'
import type { AssembledUnits } from './assembled-units.js'
import type { DecimalCache } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'

/** One unit's node results, in tree order (built once per state of the unit). */
export function nodesOf(
  context: EvaluationContext,
  assembled: AssembledUnits,
  unit: number,
): Record<string, NodeResult> {
  const cached = assembled.nodes[unit]
  if (cached) return cached
  // Filled in from the template, as buildAllNodes does: added one by one, the codes would make a dictionary.
  const nodes: Record<string, NodeResult> = { ...recordTemplateOf(context.model) }
  for (const node of context.model.treeOrder) {
    const column = context.states[node.index]!.final
    nodes[node.code] = resultOf(
      context.cache,
      column.values[unit] ?? null,
      column.maxes[unit] ?? null,
      column.status[unit]!,
      column.traces[unit],
      column.steps[unit],
      null,
    )
  }
  assembled.nodes[unit] = nodes
  return nodes
}

/**
 * Every unit's node results at once, node by node (a full evaluation): each column's arrays, maximum and
 * caches are looked up once instead of once per cell. Keys are added in the same (tree) order as nodesOf.
 */
export function buildAllNodes(context: EvaluationContext, assembled: AssembledUnits): void {
  const size = assembled.nodes.length
  // Every record starts as a copy of one holding every code in tree order, so filling it in stores into
  // existing properties instead of adding one (a new hidden class) per node and unit; the keys and their
  // order are those of adding them one by one.
  const template = recordTemplateOf(context.model)
  const records: Array<Record<string, NodeResult>> = []
  for (let unit = 0; unit < size; unit++) records.push({ ...template })
  for (const node of context.model.treeOrder) {
    const { values, maxes, status, traces, steps } = context.states[node.index]!.final
    const declared = node.declaredMax
    const declaredText = declared === null ? null : { max: declared, text: context.cache.str(declared) }
    const code = node.code
    for (let unit = 0; unit < size; unit++) {
      records[unit]![code] = resultOf(
        context.cache,
        values[unit] ?? null,
        maxes[unit] ?? null,
        status[unit]!,
        traces[unit],
        steps[unit],
        declaredText,
      )
    }
  }
  for (let unit = 0; unit < size; unit++) assembled.nodes[unit] = records[unit]
}

/** What a record's entry holds until {@link buildAllNodes} writes the node's result there. */
const PLACEHOLDER: NodeResult = { status: 'missing', score: null, max: null, index: null }

/** The record template of each compiled model (a model never changes, so neither does its template). */
const recordTemplates = new WeakMap<CompiledModel, Readonly<Record<string, NodeResult>>>()

/**
 * A record holding every code of the model in tree order (each at {@link PLACEHOLDER}), in the fast form that
 * a spread copies at once. Made by adding the codes one by one, an object of many codes is kept as a
 * dictionary, and every spread of a dictionary adds its properties one by one again (several times the cost
 * of the copy); a spread of it is an ordinary object, whose own spreads are plain copies. Kept per model, so
 * the one slow copy is made once.
 */
function recordTemplateOf(model: CompiledModel): Readonly<Record<string, NodeResult>> {
  let template = recordTemplates.get(model)
  if (template === undefined) {
    const added: Record<string, NodeResult> = {}
    for (const node of model.treeOrder) added[node.code] = PLACEHOLDER
    template = { ...added }
    recordTemplates.set(model, template)
  }
  return template
}

/** One cell's result; `declared` short-cuts the string of the node's own maximum. */
export function resultOf(
  cache: DecimalCache,
  value: Dec | null,
  max: Dec | null,
  status: NodeResult['status'],
  trace: NodeResult['trace'],
  steps: NodeResult['steps'],
  declared: { max: Dec; text: string } | null,
): NodeResult {
  const score = value === null ? null : cache.str(value)
  const maxText = max === null ? null : max === declared?.max ? declared.text : cache.str(max)
  // Without a maximum the index is the value itself: reuse its string.
  const index = status !== 'ok' ? null : max === null ? score : cache.indexString(value!, max)
  return trace === undefined && steps === undefined
    ? { status, score, max: maxText, index }
    : {
        status,
        score,
        max: maxText,
        index,
        ...(trace ? { trace } : {}),
        ...(steps ? { steps } : {}),
      }
}

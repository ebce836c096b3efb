import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CompiledModel, CompiledNode } from '../model/compiled-model.js'
import type { Observation } from '../schema/dataset.js'
import type { Diagnostic } from '../schema/scorecard.js'
import type { ObservationTarget, WellFormedObservations } from '../schema/well-formed-observations.js'
import {
  choose,
  type LeafObservations,
  located,
  type ObservationIndex,
  type SlotDiagnostics,
  unusable,
} from './observations.js'

interface BuiltLeafWork {
  readonly fields: string[]
  readonly fieldIndex: Map<string, number>
  /** The value of each slot's observation; undefined where there is none. */
  readonly values: Array<Observation['value'] | undefined>
  /** The builder's index of each slot's observation, plus one (0: none). */
  readonly cells: Int32Array
  /** Slots that received more than one observation, with the builder's index of each, in input order. */
  readonly collisions: Map<number, number[]>
}

/** What a target (a table column) feeds, looked up once for all its cells. */
interface TargetWork {
  readonly target: ObservationTarget
  readonly node: CompiledNode | undefined
  leaf: BuiltLeafWork | undefined
  field: number | undefined
}

/**
 * `indexObservations` for observations still kept as a table reader's columns ({@link WellFormedObservations}),
 * for a methodology and dataset without rounds: the same slots, diagnostics and choices, in the same order,
 * but each leaf holds the values of its slots and the builder's index of each, and makes the observation
 * objects (with their origins) only when `slots` is read — by a trace, a diagnostic of the general path, or a
 * session. A diagnostic about an observation makes that one. `index-built-observations.prop.test.ts` checks
 * that the scorecards are those of the observations given as a list.
 */
export function indexBuiltObservations(
  built: WellFormedObservations,
  model: CompiledModel,
  unitIndex: ReadonlyMap<string, number>,
  unitCount: number,
  diagnostics: Diagnostic[],
  slotDiagnostics: SlotDiagnostics,
): ObservationIndex {
  const work = new Map<number, BuiltLeafWork>()
  const { cells } = built
  const { unitIds, targetIds, values } = cells
  // Units come in runs (a table row): each run's unit is looked up once; each target (column) once.
  const unitOfRun = cells.unitCodes.map((code) => unitIndex.get(code))
  const byTarget: Array<TargetWork | undefined> = new Array(cells.targets.length)
  for (let i = 0; i < cells.count; i++) {
    const unit = unitOfRun[unitIds[i] as number]
    const targetId = targetIds[i] as number
    let known = byTarget[targetId]
    if (known === undefined) {
      const target = cells.targets[targetId] as ObservationTarget
      known = { target, node: model.byCode.get(target.node), leaf: undefined, field: undefined }
      byTarget[targetId] = known
    }
    const target = known.target
    const node = known.node
    if (unit === undefined) {
      diagnostics.push(unusable(built.observationAt(i), 'unit'))
      continue
    }
    if (node === undefined || node.parent === -1) {
      // A data column (denominator) is read by indexDataColumns, not scored.
      if (node === undefined && model.columns?.has(target.node)) continue
      diagnostics.push(unusable(built.observationAt(i), 'node'))
      continue
    }
    if (!node.rule) {
      diagnostics.push(unusable(built.observationAt(i), 'aggregate'))
      continue
    }
    let leaf = known.leaf
    if (leaf === undefined) {
      leaf = work.get(node.index)
      if (leaf === undefined) {
        const fields = Object.keys(node.rule.fields)
        leaf = {
          fields,
          fieldIndex: new Map(fields.map((field, index) => [field, index])),
          values: new Array<Observation['value'] | undefined>(unitCount * fields.length),
          cells: new Int32Array(unitCount * fields.length),
          collisions: new Map(),
        }
        work.set(node.index, leaf)
      }
      known.leaf = leaf
      known.field = leaf.fieldIndex.get(target.field)
    }
    const field = known.field
    if (field === undefined) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.UNUSED_FIELD,
        severity: 'warning',
        ...located(built.observationAt(i)),
        message: `rule ${node.rule.def.id} of "${node.code}" reads ${leaf.fields.join(', ')}, not "${target.field}"; ignored`,
      })
      continue
    }
    const slot = unit * leaf.fields.length + field
    const existing = leaf.cells[slot] as number
    if (existing === 0) {
      leaf.cells[slot] = i + 1
      leaf.values[slot] = values[i]
      continue
    }
    const colliding = leaf.collisions.get(slot)
    if (colliding) colliding.push(i)
    else leaf.collisions.set(slot, [existing - 1, i])
  }

  const index = new Map<number, LeafObservations>()
  for (const [leafIndex, leaf] of work) {
    // The observation each slot with several uses, made here (they are few).
    const chosen = new Map<number, Observation | undefined>()
    for (const [slot, cells] of leaf.collisions) {
      const found: Diagnostic[] = []
      const winner = choose(
        cells.map((cell) => built.observationAt(cell)),
        found,
      )
      chosen.set(slot, winner)
      leaf.values[slot] = winner?.value
      if (found.length === 0) continue
      let bySlot = slotDiagnostics.get(leafIndex)
      if (!bySlot) {
        bySlot = new Map()
        slotDiagnostics.set(leafIndex, bySlot)
      }
      bySlot.set(slot, found)
    }
    index.set(leafIndex, builtLeaf(built, leaf, chosen))
  }
  return index
}

/** A leaf's observations whose `slots` are made on the first read, from the builder and the chosen ones. */
function builtLeaf(
  built: WellFormedObservations,
  leaf: BuiltLeafWork,
  chosen: ReadonlyMap<number, Observation | undefined>,
): LeafObservations {
  let slots: Array<Observation | undefined> | undefined
  return {
    fields: leaf.fields,
    values: leaf.values,
    get slots() {
      if (slots === undefined) {
        const made = new Array<Observation | undefined>(leaf.cells.length)
        for (let slot = 0; slot < made.length; slot++) {
          const cell = leaf.cells[slot] as number
          if (chosen.has(slot)) made[slot] = chosen.get(slot)
          else if (cell !== 0) made[slot] = built.observationAt(cell - 1)
        }
        slots = made
      }
      return slots
    },
  }
}

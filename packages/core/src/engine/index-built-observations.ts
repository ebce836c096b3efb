import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CompiledModel, CompiledNode } from '../model/compiled-model.js'
import type { Observation } from '../schema/dataset.js'
import type { Diagnostic } from '../schema/scorecard.js'
import type { ObservationTarget, WellFormedObservations } from '../schema/well-formed-observations.js'
import {
  choose,
  keepSlotDiagnostics,
  type LeafObservations,
  located,
  type ObservationIndex,
  type SlotDiagnostics,
  unusable,
} from './observations.js'

interface BuiltLeafWork {
  readonly fields: string[]
  readonly fieldIndex: Map<string, number>
  /** The builder's index of each slot's observation, plus one (0: none): its value is the builder's. */
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
 * but each leaf holds the builder's index of each slot's observation (whose value the column paths read
 * there) and makes the observation objects (with their origins) only when `slots` is read — by a trace, a
 * diagnostic of the general path, or a session. A diagnostic about an observation makes that one. `index-built-observations.prop.test.ts` checks
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
  const { unitIds, targetIds } = cells
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
      continue
    }
    const colliding = leaf.collisions.get(slot)
    if (colliding) colliding.push(i)
    else leaf.collisions.set(slot, [existing - 1, i])
  }

  const index = new Map<number, LeafObservations>()
  for (const [leafIndex, leaf] of work) {
    // Each slot with several observations takes the one `choose` picks (they are few: made here).
    for (const [slot, given] of leaf.collisions) {
      const found: Diagnostic[] = []
      const observations = given.map((cell) => built.observationAt(cell))
      const winner = choose(observations, found)
      leaf.cells[slot] = (given[observations.indexOf(winner as Observation)] as number) + 1
      keepSlotDiagnostics(slotDiagnostics, leafIndex, slot, found)
    }
    index.set(leafIndex, builtLeaf(built, leaf))
  }
  return index
}

/** A leaf's observations whose `slots` are made on the first read, from the builder's columns. */
function builtLeaf(built: WellFormedObservations, leaf: BuiltLeafWork): LeafObservations {
  let slots: Array<Observation | undefined> | undefined
  return {
    fields: leaf.fields,
    slotValues: { cellOf: leaf.cells, values: built.cells.values },
    get slots() {
      if (slots === undefined) {
        const made = new Array<Observation | undefined>(leaf.cells.length)
        for (let slot = 0; slot < made.length; slot++) {
          const cell = leaf.cells[slot] as number
          if (cell !== 0) made[slot] = built.observationAt(cell - 1)
        }
        slots = made
      }
      return slots
    },
  }
}

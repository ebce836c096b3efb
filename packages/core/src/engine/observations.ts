import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CompiledModel, CompiledNode } from '../model/compiled-model.js'
import type { Dataset, Observation } from '../schema/dataset.js'
import { lazyObservationsOf } from '../schema/lazy-observations.js'
import type { Diagnostic } from '../schema/scorecard.js'
import type { SlotValues } from './columns.js'
import { indexBuiltObservations } from './index-built-observations.js'
import { sameValue as same, showValue as show, whereFrom as where } from './observation-text.js'
import {
  chooseByRound,
  roundIndexOf,
  roundOrderOf,
  undeclaredRound,
  type ZeroedClaim,
  zeroedClaims,
} from './rounds.js'

/**
 * The observations chosen for one leaf, after resolving sources: slot `unit × fields.length + field` holds the
 * observation of that unit and field (in the order of `fields`), or nothing. A flat array instead of a map per
 * unit keeps a million observations cheap.
 */
export interface LeafObservations {
  readonly fields: ReadonlyArray<string>
  /** For observations kept as columns (`values` given), made on the first read. */
  readonly slots: ReadonlyArray<Observation | undefined>
  /**
   * The values of the slots' observations, when those are kept as columns (see
   * `index-built-observations.ts`): the column paths read these without making `slots`.
   */
  readonly slotValues?: SlotValues
  /** Units whose claim scores 0 under a round's `withoutEvidence: zero` policy. */
  readonly zeroed?: ReadonlyMap<number, ZeroedClaim>
}

/** Chosen observations by leaf index. */
export type ObservationIndex = ReadonlyMap<number, LeafObservations>

/**
 * The diagnostics of slots that received several observations (duplicates, appraisals that changed a
 * self-assessment), by leaf index and slot: replacing a slot's observations drops them.
 */
export type SlotDiagnostics = Map<number, Map<number, Diagnostic[]>>

// When a leaf has values from several sources, the appraised one wins (the ministry's appraisal "recognises or
// adjusts" the self-assessment); survey and statistics are independent measurements; a value without a
// source comes before a self-assessment.
const SOURCE_PRECEDENCE = ['appraisal', 'survey', 'statistic', undefined, 'self'] as const

interface LeafWork {
  readonly fields: string[]
  readonly fieldIndex: Map<string, number>
  readonly slots: Array<Observation | undefined>
  /** Slots that received more than one observation, with all of them in input order. */
  readonly collisions: Map<number, Observation[]>
}

/**
 * Indexes a dataset's observations by leaf, unit and field, reporting every observation that cannot be used
 * (unknown unit or node, aggregate node, unread field) in `diagnostics`, and every duplicate and every appraisal
 * that changed a self-assessed value in `slotDiagnostics`. Nothing is dropped without a diagnostic.
 */
export function indexObservations(
  dataset: Dataset,
  model: CompiledModel,
  unitIndex: ReadonlyMap<string, number>,
  diagnostics: Diagnostic[],
  slotDiagnostics: SlotDiagnostics = new Map(),
): ObservationIndex {
  const order = roundOrderOf(model, dataset)
  // Observations still kept as a table reader's columns (never rounds): indexed without making them.
  const built = order === undefined ? lazyObservationsOf(dataset) : undefined
  if (built !== undefined)
    return indexBuiltObservations(built, model, unitIndex, dataset.units.length, diagnostics, slotDiagnostics)
  const work = new Map<number, LeafWork>()
  const unitCount = dataset.units.length
  // The latest round each unit reached, when a round declares a policy that depends on it.
  const reached = order?.rounds.some((round) => round.withoutEvidence === 'zero')
    ? new Int32Array(unitCount).fill(-1)
    : undefined
  // Observations usually come unit by unit: remember the last unit's lookup.
  let lastUnitCode: string | undefined
  let lastUnit: number | undefined
  const { units } = dataset
  const byCode = new Map<string, { node: CompiledNode | undefined; leaf: LeafWork | undefined }>()
  let lastNodeCode: string | undefined
  let lastKnown: { node: CompiledNode | undefined; leaf: LeafWork | undefined } | undefined
  for (const given of dataset.observations) {
    if (given.round !== undefined && !order?.index.has(given.round)) {
      diagnostics.push(undeclaredRound(given, order))
      continue
    }
    // With rounds declared, every value is placed in one (its round, its source when that names a round, else
    // the first): traces and reports then say which round each value came from.
    const observation =
      order && given.round === undefined
        ? { ...given, round: order.rounds[roundIndexOf(order, given)]!.code }
        : given
    if (observation.unit !== lastUnitCode) {
      lastUnitCode = observation.unit
      // Written a leaf at a time (a column of a wide table), the units come in the dataset's order: the unit
      // after the last one is tried first, and taken only if its code is this one (codes are unique, and
      // `unitIndex` maps each to its position), so a look-up is left for each leaf's first unit.
      const next = lastUnit === undefined ? 0 : lastUnit + 1
      lastUnit = units[next]?.code === lastUnitCode ? next : unitIndex.get(lastUnitCode)
    }
    const unit = lastUnit
    // One look-up per change of node for the node and its leaf's work (a few hundred codes, a million values):
    // observations written column by column (a leaf's values together) repeat the last one.
    if (observation.node !== lastNodeCode || lastKnown === undefined) {
      lastNodeCode = observation.node
      lastKnown = byCode.get(lastNodeCode)
      if (lastKnown === undefined) {
        lastKnown = { node: model.byCode.get(lastNodeCode), leaf: undefined }
        byCode.set(lastNodeCode, lastKnown)
      }
    }
    const known = lastKnown
    const node = known.node
    if (unit === undefined) {
      diagnostics.push(unusable(observation, 'unit'))
      continue
    }
    if (node === undefined || node.parent === -1) {
      // A data column (denominator) is read by indexDataColumns, not scored.
      if (node === undefined && model.columns?.has(observation.node)) continue
      diagnostics.push(unusable(observation, 'node'))
      continue
    }
    if (!node.rule) {
      diagnostics.push(unusable(observation, 'aggregate'))
      continue
    }
    let leaf = known.leaf ?? work.get(node.index)
    if (!leaf) {
      const fields = Object.keys(node.rule.fields)
      leaf = {
        fields,
        fieldIndex: new Map(fields.map((field, index) => [field, index])),
        slots: new Array<Observation | undefined>(unitCount * fields.length),
        collisions: new Map(),
      }
      work.set(node.index, leaf)
    }
    known.leaf = leaf
    // Most rules read one field: compare with it before any look-up.
    const field = leaf.fields[0] === observation.field ? 0 : leaf.fieldIndex.get(observation.field)
    if (field === undefined) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.UNUSED_FIELD,
        severity: 'warning',
        ...located(observation),
        message: `rule ${node.rule.def.id} of "${node.code}" reads ${leaf.fields.join(', ')}, not "${observation.field}"; ignored`,
      })
      continue
    }
    if (reached && order) reached[unit] = Math.max(reached[unit]!, roundIndexOf(order, observation))
    const slot = unit * leaf.fields.length + field
    const existing = leaf.slots[slot]
    if (existing === undefined) {
      leaf.slots[slot] = observation
      continue
    }
    const colliding = leaf.collisions.get(slot)
    if (colliding) colliding.push(observation)
    else leaf.collisions.set(slot, [existing, observation])
  }

  const index = new Map<number, LeafObservations>()
  for (const [leafIndex, leaf] of work) {
    for (const [slot, observations] of leaf.collisions) {
      const found: Diagnostic[] = []
      leaf.slots[slot] = order ? chooseByRound(order, observations, found) : choose(observations, found)
      keepSlotDiagnostics(slotDiagnostics, leafIndex, slot, found)
    }
    const zeroed =
      order && reached
        ? zeroedClaims(order, model.nodes[leafIndex]!.rule!.def.id, leaf.fields.length, leaf.slots, reached)
        : undefined
    index.set(leafIndex, { fields: leaf.fields, slots: leaf.slots, ...(zeroed ? { zeroed } : {}) })
  }
  return index
}

/** Keeps the diagnostics of a slot with several observations (none: nothing kept). */
export function keepSlotDiagnostics(
  slotDiagnostics: SlotDiagnostics,
  leaf: number,
  slot: number,
  found: Diagnostic[],
): void {
  if (found.length === 0) return
  let bySlot = slotDiagnostics.get(leaf)
  if (!bySlot) {
    bySlot = new Map()
    slotDiagnostics.set(leaf, bySlot)
  }
  bySlot.set(slot, found)
}

/** Where a diagnostic about an observation points: its unit, node and origin. */
export function located(observation: Observation): Pick<Diagnostic, 'unit' | 'node' | 'origin'> {
  return {
    unit: observation.unit,
    node: observation.node,
    ...(observation.origin ? { origin: observation.origin } : {}),
  }
}

/** The diagnostic of an observation the engine cannot use: unknown unit or node, or an aggregate node. */
export function unusable(observation: Observation, why: 'unit' | 'node' | 'aggregate'): Diagnostic {
  switch (why) {
    case 'unit':
      return {
        code: DIAGNOSTIC_CODES.UNKNOWN_UNIT,
        severity: 'error',
        ...located(observation),
        message: `observation for unit "${observation.unit}", which the dataset's unit list does not have; ignored`,
      }
    case 'aggregate':
      return {
        code: DIAGNOSTIC_CODES.NOT_A_LEAF,
        severity: 'error',
        ...located(observation),
        message: `"${observation.node}" is computed from its children and takes no observation; ignored`,
      }
    case 'node':
      return {
        code: DIAGNOSTIC_CODES.UNKNOWN_NODE,
        severity: 'error',
        ...located(observation),
        message: `the methodology has no node "${observation.node}"; observation ignored`,
      }
  }
}

/**
 * The observation the engine uses among several for one leaf field of one unit: the first non-empty one in
 * source precedence (the first of each source counts), else the first given.
 */
export function chooseObservation(observations: ReadonlyArray<Observation>): Observation | undefined {
  const bySource = new Map<string | undefined, Observation>()
  for (const observation of observations) {
    if (!bySource.has(observation.source)) bySource.set(observation.source, observation)
  }
  for (const source of SOURCE_PRECEDENCE) {
    const observation = bySource.get(source)
    if (observation !== undefined && observation.value !== null) return observation
  }
  return observations[0]
}

/**
 * The observation a slot with several uses ({@link chooseObservation}), reporting duplicates and what an
 * appraisal changed in `diagnostics`.
 */
export function choose(observations: Observation[], diagnostics: Diagnostic[]): Observation | undefined {
  const bySource = new Map<string | undefined, Observation>()
  for (const observation of observations) {
    const existing = bySource.get(observation.source)
    if (existing) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.DUPLICATE_OBSERVATION,
        severity: 'error',
        unit: observation.unit,
        node: observation.node,
        ...(observation.origin ? { origin: observation.origin } : {}),
        message: `second ${observation.source ?? 'unsourced'} value for field "${observation.field}" (${show(observation.value)}); the first (${show(existing.value)}${where(existing.origin)}) is used`,
      })
      continue
    }
    bySource.set(observation.source, observation)
  }
  const winner = chooseObservation(observations)
  const self = bySource.get('self')
  const appraisal = bySource.get('appraisal')
  // An empty appraisal cell lets the self-assessed value through: say so rather than pass it silently.
  if (winner && winner === self && appraisal && appraisal.value === null && self.value !== null) {
    diagnostics.push({
      code: DIAGNOSTIC_CODES.ROUND_EMPTY,
      severity: 'info',
      unit: appraisal.unit,
      node: appraisal.node,
      ...(appraisal.origin ? { origin: appraisal.origin } : {}),
      message: `the appraisal left field "${appraisal.field}" empty; the self-assessed value ${show(self.value)} stands`,
    })
  }
  if (
    winner &&
    self &&
    winner !== self &&
    winner.source === 'appraisal' &&
    self.value !== null &&
    !same(winner.value, self.value)
  ) {
    diagnostics.push({
      code: DIAGNOSTIC_CODES.APPRAISAL_CHANGED,
      severity: 'info',
      unit: winner.unit,
      node: winner.node,
      ...(winner.origin ? { origin: winner.origin } : {}),
      message: `field "${winner.field}": self-assessed ${show(self.value)}, appraised ${show(winner.value)}; the appraised value is used`,
    })
  }
  return winner
}

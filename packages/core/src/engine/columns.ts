import type { Dec } from '../decimal/decimal.js'
import type { CompiledNode } from '../model/compiled-model.js'
import type { Observation } from '../schema/dataset.js'
import type { Diagnostic, NodeResult, NodeTrace } from '../schema/scorecard.js'
import type { ZeroedClaim } from './rounds.js'

/** A cell's status: scored, not applicable, missing, or in error. */
export type Status = NodeResult['status']
/** One recorded step of a cell (normalise, round, cap, clamp). */
export type Step = NonNullable<NodeResult['steps']>[number]

/** One node's values over all units (struct of arrays: a million cells stay cheap). */
export interface Column {
  values: Array<Dec | null>
  maxes: Array<Dec | null>
  status: Status[]
  traces: Array<NodeTrace | undefined>
  steps: Array<Step[] | undefined>
}

/** A node's state: the column after its cohort step, and before it when the node has one. */
export interface NodeState {
  readonly node: CompiledNode
  /** The values parents read (after normalisation and rounding). */
  final: Column
  /** The values of the unit step (rule or aggregator); the same object as `final` without a normaliser. */
  pre: Column
  /** Diagnostics of each unit's step, so re-scoring one unit replaces only its own (shorter where none follow). */
  unitDiagnostics: Array<Diagnostic[] | undefined>
  /** Diagnostics of the cohort step (normaliser). */
  cohortDiagnostics: Diagnostic[]
  /** The observations of a leaf: slot `unit × fields + field` (see `indexObservations`). */
  slots: Array<Observation | undefined> | undefined
  /**
   * The values of `slots`, while the observations are kept as columns and `slots` has never been read (see
   * {@link slotsMadeWhenRead}): the column paths read these instead ({@link slotValue}).
   */
  slotValues?: SlotValues | undefined
  /** Units whose claim scores 0 under a round's `withoutEvidence: zero` policy (see `rounds.ts`). */
  zeroed?: ReadonlyMap<number, ZeroedClaim>
}

/**
 * The values of a leaf's slots without their observations, read from the columns the observations are kept in:
 * slot `s` holds `values[cellOf[s] - 1]`, or no observation where `cellOf[s]` is 0.
 */
export interface SlotValues {
  readonly cellOf: Int32Array
  readonly values: ReadonlyArray<Observation['value']>
}

/**
 * The value of a slot's observation, undefined where there is none (as `slots[slot]?.value`).
 *
 * @example
 * ```ts
 * slotValue({ cellOf: Int32Array.of(0, 2), values: ['7.5', 'NA'] }, 1) // 'NA'
 * ```
 */
export function slotValue(known: SlotValues, slot: number): Observation['value'] | undefined {
  const cell = known.cellOf[slot] as number
  return cell === 0 ? undefined : known.values[cell - 1]
}

/** A fresh column; without traces nothing is ever recorded in `traces` and `steps`, so they stay empty. */
export function newColumn(size: number, trace: boolean): Column {
  return {
    values: new Array<Dec | null>(size).fill(null),
    maxes: new Array<Dec | null>(size).fill(null),
    status: new Array<Status>(size).fill('ok'),
    traces: trace ? new Array<NodeTrace | undefined>(size).fill(undefined) : [],
    steps: trace ? new Array<Step[] | undefined>(size).fill(undefined) : [],
  }
}

/**
 * Makes `state.slots` a property whose observations are made by `make` on the first read, with
 * `state.slotValues` their values until then. Reading or assigning `slots` ends `slotValues`: whoever has the
 * observation objects may change them (a session replaces slots), so from then on only `slots` is read.
 *
 * @example
 * ```ts
 * slotsMadeWhenRead(state, leaf.values, () => leaf.slots as Array<Observation | undefined>)
 * ```
 */
export function slotsMadeWhenRead(
  state: NodeState,
  values: SlotValues,
  make: () => Array<Observation | undefined>,
): void {
  const settle = (slots: Array<Observation | undefined> | undefined) => {
    state.slotValues = undefined
    Object.defineProperty(state, 'slots', {
      configurable: true,
      enumerable: true,
      writable: true,
      value: slots,
    })
    return slots
  }
  state.slotValues = values
  Object.defineProperty(state, 'slots', {
    configurable: true,
    enumerable: true,
    get: () => settle(make()),
    set: settle,
  })
}

function copyColumn(column: Column): Column {
  return {
    values: column.values.slice(),
    maxes: column.maxes.slice(),
    status: column.status.slice(),
    traces: column.traces.slice(),
    steps: column.steps.slice(),
  }
}

/** An independent copy of a node's state (columns copied; results and observations shared, being immutable). */
export function copyState(state: NodeState): NodeState {
  const pre = copyColumn(state.pre)
  return {
    node: state.node,
    pre,
    final: state.final === state.pre ? pre : copyColumn(state.final),
    unitDiagnostics: state.unitDiagnostics.slice(),
    cohortDiagnostics: state.cohortDiagnostics,
    slots: state.slots?.slice(),
    ...(state.zeroed ? { zeroed: state.zeroed } : {}),
  }
}

import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { CompiledModel } from '../model/compiled-model.js'
import { type Dataset, type Observation, ObservationSchema } from '../schema/dataset.js'
import type { DecimalString } from '../schema/decimal-string.js'
import type { Source } from '../schema/node.js'
import type { Scorecard } from '../schema/scorecard.js'
import type { CompiledMethodology, EvaluateOptions } from './engine-interfaces.js'

/**
 * One change to the observations of a dataset: the new value of one field of one leaf for one unit.
 * `value: null` makes it missing, `'NA'` not applicable.
 *
 * @example
 * ```ts
 * const change: ObservationChange = { unit: 'dong-son', node: '3.2.1', value: '2.5', source: 'appraisal' }
 * ```
 *
 * @category Scoring
 */
export interface ObservationChange {
  readonly unit: string
  /** A leaf code. */
  readonly node: string
  /** The rule input (default `value`). */
  readonly field?: string
  readonly value: DecimalString | boolean | 'NA' | null
  /** Default: the source of the observation the engine used before, else none. */
  readonly source?: Source
}

/**
 * A dataset held by the engine and re-scored after changes: the basis of what-if analysis and planners.
 * Make one with {@link CompiledMethodology.session}.
 *
 * A change replaces every observation of that unit, leaf and field (all sources) by one observation without
 * an origin, so `dataset()` always describes exactly what is scored. Scorecards returned by a session share
 * unchanged parts with earlier ones: treat them as read-only.
 *
 * @example
 * ```ts
 * // methodology and dataset of the createEngine example
 * const session = createEngine().compile(methodology).session(dataset)
 * session.scorecard().units.map((u) => u.unit) // ['B', 'A']
 * const card = session.apply([{ unit: 'A', node: '2', value: '6' }])
 * card.units.map((u) => [u.unit, u.indexDisplay, u.rank]) // [['A', '100.00', 1], ['B', '100.00', 1]]
 * const branch = session.fork() // independent from here on
 * ```
 *
 * @category Scoring
 */
export interface ScoringSession {
  readonly compiled: CompiledMethodology
  /** The scorecard of the current data: the same (as JSON) as `compiled.evaluate(session.dataset(), options)`. */
  scorecard(): Scorecard
  /** The current data as a parsed dataset (changes applied). */
  dataset(): Dataset
  /**
   * Applies the changes (in order) and returns the new scorecard. Throws a `ChisoError` located in `changes`
   * for an unknown unit, leaf or field or a bad value; the session is then unchanged.
   */
  apply(changes: ReadonlyArray<ObservationChange>): Scorecard
  /** A cheap independent copy: changes to one do not affect the other. */
  fork(): ScoringSession
}

/** A validated change: where it lands in the engine's columns, and the observation that replaces the old ones. */
export interface ResolvedChange {
  readonly key: string
  readonly leaf: number
  readonly unit: number
  readonly field: number
  readonly observation: Observation
}

/** What re-scores the data of a session: the engine's columnar evaluation. */
export interface SessionScorer {
  scorecard(): Scorecard
  /** Re-scores after the observations of `changes` replaced their slots. */
  update(changes: ReadonlyArray<ResolvedChange>): void
  /** The observation the engine uses for a slot (after source precedence), if any. */
  observation(leaf: number, unit: number, field: number): Observation | undefined
  fork(): SessionScorer
}

const SEPARATOR = '\u0000'
const slotKey = (unit: string, node: string, field: string) =>
  `${unit}${SEPARATOR}${node}${SEPARATOR}${field}`

/**
 * The observations of a session: the original parsed dataset plus the observations that replaced slots, in
 * the order the slots were first changed. Copy-on-fork: forks share the original.
 */
export class SessionData {
  private cached: Dataset | undefined

  constructor(
    readonly original: Dataset,
    private readonly overrides: Map<string, Observation> = new Map(),
    cached?: Dataset,
  ) {
    this.cached = cached
  }

  set(key: string, observation: Observation): void {
    this.overrides.set(key, observation)
    this.cached = undefined
  }

  fork(): SessionData {
    return new SessionData(this.original, new Map(this.overrides), this.cached)
  }

  dataset(): Dataset {
    if (this.cached) return this.cached
    if (this.overrides.size === 0) return this.original
    const observations: Observation[] = []
    const placed = new Set<string>()
    for (const observation of this.original.observations) {
      const key = slotKey(observation.unit, observation.node, observation.field)
      const override = this.overrides.get(key)
      if (override === undefined) observations.push(observation)
      else if (!placed.has(key)) {
        placed.add(key)
        observations.push(override)
      }
    }
    for (const [key, override] of this.overrides) if (!placed.has(key)) observations.push(override)
    this.cached = { ...this.original, observations }
    return this.cached
  }
}

/** Checks every change against the tree and the units; throws before anything is modified. */
function resolveChanges(
  model: CompiledModel,
  unitIndex: ReadonlyMap<string, number>,
  scorer: SessionScorer,
  changes: ReadonlyArray<ObservationChange>,
): ResolvedChange[] {
  // Later changes to the same slot see the earlier ones' sources.
  const pending = new Map<string, Observation>()
  return changes.map((change, position) => {
    const at = (...path: Array<string | number>) => ({ path: [position, ...path] })
    const unit = unitIndex.get(change.unit)
    if (unit === undefined) {
      throw new ChisoError(ERROR_CODES.NOT_FOUND, `the dataset has no unit "${change.unit}"`, {
        ...at('unit'),
        reason: { code: 'not-found.unit', params: { holder: 'dataset', unit: change.unit } },
      })
    }
    const node = model.byCode.get(change.node)
    if (node === undefined || node.parent === -1 || !node.rule) {
      throw new ChisoError(
        ERROR_CODES.NOT_FOUND,
        node === undefined || node.parent === -1
          ? `the methodology has no node "${change.node}"`
          : `"${change.node}" is computed from its children and takes no observation`,
        {
          ...at('node'),
          ...(node === undefined || node.parent === -1
            ? { reason: { code: 'not-found.node', params: { holder: 'methodology', node: change.node } } }
            : {}),
        },
      )
    }
    const fieldName = change.field ?? 'value'
    const field = Object.keys(node.rule.fields).indexOf(fieldName)
    if (field === -1) {
      throw new ChisoError(
        ERROR_CODES.NOT_FOUND,
        `rule ${node.rule.def.id} of "${node.code}" reads ${Object.keys(node.rule.fields).join(', ')}, not "${fieldName}"`,
        at('field'),
      )
    }
    const key = slotKey(change.unit, change.node, fieldName)
    const source = change.source ?? (pending.get(key) ?? scorer.observation(node.index, unit, field))?.source
    const parsed = ObservationSchema.safeParse({
      unit: change.unit,
      node: change.node,
      field: fieldName,
      value: change.value,
      ...(source === undefined ? {} : { source }),
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new ChisoError(ERROR_CODES.INVALID_DATASET, issue.message, at(...(issue.path as string[])))
    }
    pending.set(key, parsed.data)
    return { key, leaf: node.index, unit, field, observation: parsed.data }
  })
}

/** The compiled methodology and a scorer factory: what a session needs from its engine. */
export interface SessionEngine {
  readonly compiled: CompiledMethodology
  createScorer(dataset: Dataset, options: EvaluateOptions): SessionScorer
}

/** Starts a session on a parsed dataset. */
export function createSession(
  engine: SessionEngine,
  dataset: Dataset,
  options: EvaluateOptions = {},
): ScoringSession {
  const unitIndex = new Map(dataset.units.map((unit, index) => [unit.code, index]))
  return sessionOf(engine, unitIndex, new SessionData(dataset), engine.createScorer(dataset, options))
}

function sessionOf(
  engine: SessionEngine,
  unitIndex: ReadonlyMap<string, number>,
  data: SessionData,
  scorer: SessionScorer,
): ScoringSession {
  return {
    compiled: engine.compiled,
    scorecard: () => scorer.scorecard(),
    dataset: () => data.dataset(),
    apply(changes) {
      const resolved = resolveChanges(engine.compiled.model, unitIndex, scorer, changes)
      for (const change of resolved) data.set(change.key, change.observation)
      scorer.update(resolved)
      return scorer.scorecard()
    },
    fork: () => sessionOf(engine, unitIndex, data.fork(), scorer.fork()),
  }
}

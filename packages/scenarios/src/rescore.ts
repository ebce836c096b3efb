// The one place scenarios re-score a changed dataset: through the engine's incremental scoring session.
// One base session per (methodology, dataset) is kept, and each re-score works on a cheap fork of it.
import type { CompiledMethodology, Dataset, ObservationChange, Scorecard, ScoringSession } from '@chiso/core'

/** A dataset with changes applied, and its scorecard (no traces). */
export interface Rescored {
  readonly dataset: () => Dataset
  readonly scorecard: Scorecard
  /** The session holding the changed data (fork it to branch further). */
  readonly session: ScoringSession
}

const bases = new WeakMap<Dataset, WeakMap<CompiledMethodology, ScoringSession>>()

/** The session of the unchanged data (built once per methodology and dataset). */
export function baseSession(compiled: CompiledMethodology, dataset: Dataset): ScoringSession {
  let byMethodology = bases.get(dataset)
  if (byMethodology === undefined) {
    byMethodology = new WeakMap()
    bases.set(dataset, byMethodology)
  }
  let session = byMethodology.get(compiled)
  if (session === undefined) {
    session = compiled.session(dataset, { trace: false })
    byMethodology.set(compiled, session)
  }
  return session
}

/**
 * Applies `changes` to `dataset` and scores the result with the exact engine. A bad change throws the
 * session's located `ChisoError`.
 */
export function rescore(
  compiled: CompiledMethodology,
  dataset: Dataset,
  changes: ReadonlyArray<ObservationChange>,
): Rescored {
  const session = baseSession(compiled, dataset).fork()
  const scorecard = changes.length === 0 ? session.scorecard() : session.apply(changes)
  return { dataset: () => session.dataset(), scorecard, session }
}

// The one place scenarios re-score a changed dataset. It evaluates the changed data in full; when the
// engine's incremental scoring session is available this is the single function to switch over.
import type { CompiledMethodology, Dataset, Scorecard } from '@chiso/core'
import { parseDataset } from '@chiso/core'
import { applyChanges, type ObservationChange } from './observation-change.js'

/** A dataset with changes applied, and its scorecard (no traces). */
export interface Rescored {
  readonly dataset: Dataset
  readonly scorecard: Scorecard
}

/** Applies `changes` to `dataset` and scores the result with the exact engine. */
export function rescore(
  compiled: CompiledMethodology,
  dataset: Dataset,
  changes: ReadonlyArray<ObservationChange>,
): Rescored {
  // Parsing validates the changed values (a bad decimal throws a located ChisoError) and registers the
  // dataset as parsed, so evaluate does not parse it a second time.
  const next = changes.length === 0 ? dataset : parseDataset(applyChanges(dataset, changes))
  return { dataset: next, scorecard: compiled.evaluate(next, { trace: false }) }
}

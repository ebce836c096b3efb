// What the parity test runs inside Chromium: the same public API a web app would import.
import { catalogue, createEngine, type Dataset, fingerprint, type Methodology } from '@chiso/core'

export interface ParityResult {
  fingerprint: string
  scorecard: string
}

export function score(methodology: Methodology, dataset: Dataset): ParityResult {
  const scorecard = createEngine().compile(methodology).evaluate(dataset, { trace: true })
  return { fingerprint: fingerprint(methodology), scorecard: JSON.stringify(scorecard) }
}

/** `reference fingerprint` for every entry of the methodology catalogue. */
export function catalogueFingerprints(): string[] {
  return catalogue
    .list()
    .map((entry) => `${entry.reference} ${fingerprint(catalogue.resolve(entry.reference))}`)
}

import { type Dec, dec } from '../decimal/decimal.js'

/**
 * A band threshold: units with index ≥ `atLeast` (and below the next higher band) get `code`.
 *
 * @example
 * ```ts
 * const a: BandThreshold = { code: 'A', atLeast: '90' }
 * bandOf(dec('90'), [a]) // 'A'
 * ```
 *
 * @category Ranking
 */
export interface BandThreshold {
  readonly code: string
  readonly atLeast: string
}

/**
 * Finds the band of an index. Bands are closed-open intervals: `[atLeast, next band's atLeast)`, so with
 * PAR INDEX 2022's A ≥ 90, B ≥ 80, C ≥ 70 an index of exactly 90 is A and 89.999 is B. Returns `null` when
 * the index is below every threshold.
 *
 * @example
 * ```ts
 * const bands = [{ code: 'A', atLeast: '90' }, { code: 'B', atLeast: '80' }, { code: 'C', atLeast: '70' }]
 * bandOf(dec('90'), bands)     // 'A'
 * bandOf(dec('89.999'), bands) // 'B'
 * bandOf(dec('12'), bands)     // null
 * ```
 *
 * @category Ranking
 */
export function bandOf(index: Dec, bands: ReadonlyArray<BandThreshold>): string | null {
  let best: { code: string; atLeast: Dec } | null = null
  for (const band of bands) {
    const threshold = dec(band.atLeast)
    if (index.gte(threshold) && (best === null || threshold.gt(best.atLeast)))
      best = { code: band.code, atLeast: threshold }
  }
  return best?.code ?? null
}

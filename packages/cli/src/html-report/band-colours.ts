import { dec, type Methodology } from '@chiso/core'

// Best band first: green, blue, amber, orange, red, then purples for long band lists. Dark enough for white
// text (contrast ≥ 4.5:1), distinct in greyscale print by their lightness order.
const PALETTE = ['#1b7a3d', '#1f5fa8', '#9a6a00', '#b4480f', '#b42318', '#6941c6', '#5b3d8f']
const NO_BAND = '#6b7280'

/**
 * The colour of each band of a methodology, best band (highest threshold) first, and of "no band".
 *
 * @example
 * ```ts
 * const colours = bandColours(methodology) // A ≥ 90, B ≥ 80, C ≥ 70
 * colours.of('A')  // '#1b7a3d'
 * colours.of(null) // '#6b7280'
 * ```
 */
export function bandColours(methodology: Pick<Methodology, 'bands'>): { of(band: string | null): string } {
  const ordered = [...methodology.bands].sort((a, b) => dec(b.atLeast).comparedTo(a.atLeast))
  const byCode = new Map(ordered.map((band, index) => [band.code, PALETTE[index % PALETTE.length]!]))
  return { of: (band) => (band === null ? NO_BAND : (byCode.get(band) ?? NO_BAND)) }
}

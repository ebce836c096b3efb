// Respondent weights as integers: every weight of a file is scaled by the same power of ten (the most decimals
// any weight has), which cancels in every ratio a statistic takes, so weight sums are exact integer sums.
import { parseNumberText } from '../cell/number-text.js'
import type { Table } from '../table/table.js'

/**
 * The weights of a survey table's respondent rows, scaled to integers: `scaled[i]` is the weight of the `i`-th
 * row after the header times 10^decimals, or `undefined` when the cell is not a number ≥ 0 (blank included;
 * the caller tells those apart). `big` is true when some sum of weights or of their squares could reach 2^53,
 * where plain numbers stop adding integers exactly: sums are then kept as bigints.
 *
 * @example
 * ```ts
 * const weights: ScaledWeights = { scaled: [100n, 125n, undefined], big: false }
 * ```
 */
export interface ScaledWeights {
  scaled: Array<bigint | undefined>
  big: boolean
}

/**
 * Reads the weight column (`-1`: no weight column, every weight is 1) of the rows after the header. Each
 * distinct cell text is parsed once: survey weights repeat (design weights take a few values per stratum).
 *
 * @example
 * ```ts
 * const table = parseCsvTable('unit,w\nA,1\nA,1.25\n', { file: 's.csv' }).table
 * readScaledWeights(table, 1, 1) // { scaled: [100n, 125n], big: false }
 * ```
 */
export function readScaledWeights(table: Table, first: number, weightColumn: number): ScaledWeights {
  const rowCount = table.rows.length - first
  if (weightColumn < 0)
    return { scaled: new Array(rowCount).fill(1n), big: BigInt(rowCount) * 2n >= MAX_SAFE }
  const parsedOf = new Map<string, string | undefined>()
  const texts: Array<string | undefined> = new Array(rowCount)
  let decimals = 0
  for (let i = 0; i < rowCount; i++) {
    const raw = table.rows[first + i]![weightColumn] ?? ''
    let parsed = parsedOf.get(raw)
    if (parsed === undefined && !parsedOf.has(raw)) {
      parsed = raw.trim() === '' ? undefined : parseNumberText(raw)
      parsedOf.set(raw, parsed)
      if (parsed !== undefined) {
        const point = parsed.indexOf('.')
        if (point >= 0) decimals = Math.max(decimals, parsed.length - point - 1)
      }
    }
    texts[i] = parsed
  }
  const scale = 10n ** BigInt(decimals)
  const scaledOf = new Map<string, bigint | undefined>()
  const scaled: Array<bigint | undefined> = new Array(rowCount)
  // Plain numbers add integers exactly below 2^53: check that every sum of weights, and of their squares, stays
  // below it; otherwise sums are kept as bigints (slower, as exact).
  let bound = 0n
  for (let i = 0; i < rowCount; i++) {
    const text = texts[i]
    let w: bigint | undefined
    if (text !== undefined) {
      w = scaledOf.get(text)
      if (w === undefined && !scaledOf.has(text)) {
        w = scaleWeight(text, decimals, scale)
        scaledOf.set(text, w)
      }
    }
    scaled[i] = w
    if (w !== undefined) bound += w * w + w
  }
  return { scaled, big: bound >= MAX_SAFE }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** A canonical decimal times 10^decimals, or undefined for a negative one. */
function scaleWeight(text: string, decimals: number, scale: bigint): bigint | undefined {
  if (text.startsWith('-')) return undefined
  const [whole = '0', fraction = ''] = text.split('.')
  return BigInt(whole) * scale + BigInt(fraction.padEnd(decimals, '0') || '0')
}

/**
 * Orders two period labels in time: whole numbers (years) numerically, anything else (`2023-H1`, `2025-07-01`)
 * as text, numbers first. The same on every platform (no locale).
 *
 * @example
 * ```ts
 * ['2024', '2022', '2023'].sort(comparePeriods) // ['2022', '2023', '2024']
 * comparePeriods('999', '1000')                 // -1
 * ```
 *
 * @category Panels
 */
export function comparePeriods(a: string, b: string): number {
  const na = /^\d+$/.test(a)
  const nb = /^\d+$/.test(b)
  if (na && nb) {
    const x = BigInt(a)
    const y = BigInt(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
  if (na !== nb) return na ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * How many periods lie after `period` up to and including `target`: for years the difference
 * (`2023` → `2026` is 3), otherwise the count of listed periods between them. Negative once the target is past.
 *
 * @example
 * ```ts
 * periodsBetween('2023', '2026')                   // 3
 * periodsBetween('H1', 'H3', ['H1', 'H2', 'H3'])   // 2
 * ```
 *
 * @category Panels
 */
export function periodsBetween(period: string, target: string, known: ReadonlyArray<string> = []): number {
  if (/^\d+$/.test(period) && /^\d+$/.test(target)) return Number(BigInt(target) - BigInt(period))
  const sorted = [...new Set([...known, period, target])].sort(comparePeriods)
  return sorted.indexOf(target) - sorted.indexOf(period)
}

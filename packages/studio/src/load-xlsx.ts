// Loads xlsx.js (the workbook bundle) once, on demand.
import { loadBundle } from './load-bundle.js'
import type { XlsxRuntime } from './xlsx-entry.js'

/**
 * The workbook reader and writer, loading xlsx.js the first time.
 *
 * @example
 * ```ts
 * const { readXlsx } = await loadXlsx()
 * ```
 */
export function loadXlsx(): Promise<XlsxRuntime> {
  return loadBundle<XlsxRuntime>('xlsx.js', 'chisoXlsx')
}

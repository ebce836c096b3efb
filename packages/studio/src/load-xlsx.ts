// Loads xlsx.js (the workbook bundle) once, on demand, as a classic script next to the page: it works from
// file:// as well as from `chiso studio`'s local server.
import type { XlsxRuntime } from './xlsx-entry.js'

let loading: Promise<XlsxRuntime> | undefined

/**
 * The workbook reader and writer, loading xlsx.js the first time.
 *
 * @example
 * ```ts
 * const { readXlsx } = await loadXlsx()
 * ```
 */
export function loadXlsx(): Promise<XlsxRuntime> {
  loading ??= new Promise<XlsxRuntime>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = 'xlsx.js'
    script.onload = () => resolve((globalThis as unknown as { chisoXlsx: XlsxRuntime }).chisoXlsx)
    script.onerror = () => {
      loading = undefined
      reject(new Error('xlsx.js could not be loaded'))
    }
    document.head.append(script)
  })
  return loading
}

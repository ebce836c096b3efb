// Loads one of the studio's on-demand bundles (xlsx.js, report.js, docx.js) once, as a classic script next to
// the page: it works from file:// as well as from `chiso studio`'s local server, where a fetch or a module
// import would not (the page's CSP forbids connections, and browsers refuse module scripts from file://).

const loading = new Map<string, Promise<unknown>>()

/**
 * The global a bundle sets, loading the bundle the first time it is asked for.
 *
 * @example
 * ```ts
 * const { buildHtmlReport } = await loadBundle<ReportRuntime>('report.js', 'chisoReport')
 * ```
 */
export function loadBundle<T>(file: string, global: string): Promise<T> {
  let promise = loading.get(file)
  if (promise === undefined) {
    promise = new Promise<unknown>((resolve, reject) => {
      const script = document.createElement('script')
      script.src = file
      script.onload = () => resolve((globalThis as unknown as Record<string, unknown>)[global])
      script.onerror = () => {
        loading.delete(file)
        reject(new Error(`${file} could not be loaded`))
      }
      document.head.append(script)
    })
    loading.set(file, promise)
  }
  return promise as Promise<T>
}

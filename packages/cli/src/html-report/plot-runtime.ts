/**
 * Observable Plot and a server-side document (linkedom) to render charts as static SVG, with no browser and
 * no script in the page.
 *
 * @example
 * ```ts
 * const { Plot, document } = await loadPlotRuntime()
 * const svg = Plot.plot({ document, marks: [Plot.barX([1, 2, 3])] }).outerHTML
 * ```
 */
export interface PlotRuntime {
  readonly Plot: typeof import('@observablehq/plot')
  readonly document: PlotDocument
}

/**
 * The document Plot renders into (a linkedom document standing in for the browser's).
 *
 * @example
 * ```ts
 * const options = { document: runtime.document satisfies PlotDocument }
 * ```
 */
export type PlotDocument = NonNullable<import('@observablehq/plot').PlotOptions['document']>

/**
 * Loads Observable Plot and linkedom on demand: only `chiso report` needs them, and loading them (d3 and a
 * DOM) would slow every other command's start.
 *
 * @example
 * ```ts
 * const runtime = await loadPlotRuntime()
 * ```
 */
export async function loadPlotRuntime(): Promise<PlotRuntime> {
  const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')])
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>')
  return { Plot, document: document as unknown as PlotDocument }
}

// The studio's stand-in for the report builder's `plot-runtime.js` (the studio's build puts this file in its
// place): Observable Plot draws into a document of the page's own browser, so the report chunk carries no
// server-side DOM. The SVG's text is the browser's serialisation; the studio's browser test checks that it
// gives the same bytes as the command line's.
import type { PlotDocument, PlotRuntime } from '../../../cli/src/html-report/plot-runtime.js'

export type { PlotDocument, PlotRuntime }

/**
 * Observable Plot and a detached document of the page (nothing drawn into it is shown).
 *
 * @example
 * ```ts
 * const { Plot, document } = await loadPlotRuntime()
 * const svg = Plot.plot({ document, marks: [Plot.barX([1, 2, 3])] }).outerHTML
 * ```
 */
export async function loadPlotRuntime(): Promise<PlotRuntime> {
  const Plot = await import('@observablehq/plot')
  const detached = document.implementation.createHTMLDocument('')
  return { Plot, document: detached as unknown as PlotDocument }
}

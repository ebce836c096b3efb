// The studio's stand-in for the Word report's `svg-to-png.js` (the studio's build puts this file in its place):
// the same resvg WebAssembly and the same DejaVu Sans font, shipped inside the Word report's chunk instead of
// read from the disk (a page opened from file:// may not fetch files, and its CSP forbids connections).
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import wasm from '@resvg/resvg-wasm/index_bg.wasm'
import font from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf'
import { resvgOptions } from '../../../cli/src/docx-report/resvg-options.js'
import type { SvgRasteriser } from '../../../cli/src/docx-report/svg-to-png.js'

export type { SvgRasteriser }

let ready: Promise<SvgRasteriser> | undefined

/**
 * Loads the rasteriser once per page (the WebAssembly module can be initialised only once).
 *
 * @example
 * ```ts
 * const toPng = await loadSvgRasteriser()
 * const png = toPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 2)
 * ```
 */
export function loadSvgRasteriser(): Promise<SvgRasteriser> {
  ready ??= (async () => {
    await initWasm(wasm)
    return (svg: string, zoom: number) => new Resvg(svg, resvgOptions(font, zoom)).render().asPng()
  })()
  return ready
}

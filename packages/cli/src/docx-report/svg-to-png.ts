import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { resvgOptions } from './resvg-options.js'

/**
 * Turns an SVG chart into PNG bytes, with no browser: resvg (compiled to WebAssembly, so nothing native to
 * build) draws it with DejaVu Sans, a font shipped as a package that has every Vietnamese letter and mark. The
 * font is given, never looked up on the machine, so the same SVG gives the same PNG bytes everywhere.
 *
 * @example
 * ```ts
 * const toPng = await loadSvgRasteriser()
 * const png = toPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 2) // 20 × 20 pixels
 * ```
 */
export type SvgRasteriser = (svg: string, zoom: number) => Uint8Array

let ready: Promise<SvgRasteriser> | undefined

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs` bundle. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

/**
 * Loads the rasteriser once per process (the WebAssembly module can be initialised only once): only
 * `chiso report --format docx` needs it, so it is loaded on demand.
 *
 * @example
 * ```ts
 * const toPng = await loadSvgRasteriser()
 * ```
 */
export function loadSvgRasteriser(): Promise<SvgRasteriser> {
  ready ??= (async () => {
    const require = createRequire(here())
    const { initWasm, Resvg } = await import('@resvg/resvg-wasm')
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
    const font = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')))
    return (svg: string, zoom: number) => new Resvg(svg, resvgOptions(font, zoom)).render().asPng()
  })()
  return ready
}

import type { ResvgRenderOptions } from '@resvg/resvg-wasm'

/**
 * How every chart picture is drawn, in the CLI and in the studio alike: only the given font (never one looked up
 * on the machine), on white, at the given zoom. One definition, because the two must give the same PNG bytes.
 *
 * @example
 * ```ts
 * new Resvg(svg, resvgOptions(font, 2)).render().asPng()
 * ```
 */
export function resvgOptions(font: Uint8Array, zoom: number): ResvgRenderOptions {
  return {
    font: {
      fontBuffers: [font],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
  }
}

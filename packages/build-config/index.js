// The one place that decides how chiso packages are bundled: every package's tsup.config.ts is a single call
// to defineChisoConfig, so replacing or retuning the bundler touches this file only.
import { defineConfig } from 'tsup'

/**
 * Builds a tsup configuration producing ESM (`.js`), CJS (`.cjs`) and type declarations for each entry.
 *
 * @param {import('./index.d.ts').ChisoBuildOptions} options
 * @returns {import('tsup').Options}
 */
export function defineChisoConfig(options) {
  const { entry, platform = 'neutral', banner, external = [], splitting = false } = options
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting,
    treeshake: true,
    target: 'es2022',
    platform,
    external,
    banner,
    outDir: 'dist',
  })
}

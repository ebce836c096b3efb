// The one place that decides how chiso packages are bundled: every package's tsup.config.ts is a single call
// to defineChisoConfig, so replacing or retuning the bundler touches this file only.
import { defineConfig } from 'tsup'

const ESM_REQUIRE =
  "import { createRequire as __chisoCreateRequire } from 'node:module';const require = __chisoCreateRequire(import.meta.url);"

/**
 * Builds a tsup configuration producing ESM (`.js`), CJS (`.cjs`) and type declarations for each entry.
 *
 * @param {import('./index.d.ts').ChisoBuildOptions} options
 * @returns {import('tsup').Options}
 */
export function defineChisoConfig(options) {
  const { entry, platform = 'neutral', banner, external = [], splitting = false, bundle = [] } = options
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
    // A bundled CommonJS library calls require() for Node's own modules: an ES module has no require, so the
    // ESM output gets one made for it.
    banner:
      bundle.length === 0
        ? banner
        : ({ format }) => ({
            js: `${banner?.js ?? ''}${format === 'esm' ? ESM_REQUIRE : ''}`,
          }),
    noExternal: bundle,
    outDir: 'dist',
  })
}

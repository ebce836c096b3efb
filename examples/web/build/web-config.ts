// The example's Vite configuration, shared by vite.config.ts and the browser test (which builds with
// `configFile: false` so that it bundles exactly this, from source, into a temporary folder).
import { fileURLToPath } from 'node:url'
import { defaultClientConditions, type UserConfig } from 'vite'
import { strictCsp } from './csp-plugin.js'
import { chisoDataset } from './dataset-plugin.js'

/** The example's root folder (where index.html is). */
export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * The Vite configuration of the example page.
 *
 * @example
 * ```ts
 * await build({ configFile: false, ...webConfig({ outDir: '/some/temp/dir' }) })
 * ```
 */
export function webConfig(options: { outDir?: string } = {}): UserConfig {
  return {
    root: WEB_ROOT,
    // Relative asset URLs: the built page works from any folder or sub-path.
    base: './',
    // In this repository the chiso packages are bundled from their TypeScript sources (the `chiso-source`
    // export condition), so the page never runs a stale dist. An app that installs @chiso/core from npm
    // needs no condition at all. Nothing here polyfills Node built-ins: the bundle must not need them.
    resolve: { conditions: ['chiso-source', ...defaultClientConditions] },
    plugins: [chisoDataset(), strictCsp()],
    build: {
      target: 'es2022',
      // One chunk of ~330 kB of code (zod, decimal.js, yaml, the engine) and ~400 kB of dataset JSON.
      chunkSizeWarningLimit: 1000,
      ...(options.outDir ? { outDir: options.outDir, emptyOutDir: true } : {}),
    },
    logLevel: 'warn',
  }
}

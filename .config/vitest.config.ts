import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// One vitest run covers every package and example. Tests import workspace packages through the
// `chiso-source` export condition, so they run against src/ without a build.
const conditions = ['chiso-source', 'import', 'module', 'node', 'default']
// A sized run (`pnpm run fuzz` sets CHISO_FUZZ_RUNS) runs every property that many times: its tests get 100 ms a
// case, at least the usual minute.
const sizedRuns = Number(process.env.CHISO_FUZZ_RUNS ?? '') || 0

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['chiso-source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: Math.max(60_000, sizedRuns * 100),
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
  },
})

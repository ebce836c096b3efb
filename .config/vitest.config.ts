import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// One vitest run covers every package and example. Tests import workspace packages through the
// `chiso-source` export condition, so they run against src/ without a build.
const conditions = ['chiso-source', 'import', 'module', 'node', 'default']
// A sized run (`pnpm run fuzz` sets CHISO_FUZZ_RUNS) runs every property that many times: its tests get 100 ms a
// case, at least the usual minute.
const sizedRuns = Number(process.env.CHISO_FUZZ_RUNS ?? '') || 0
const include = ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/**/*.test.ts']
// Test files that replace modules (vi.mock) or spy on shared objects without restoring them after each test
// run each in a fresh module graph. All other files share one per worker: importing the packages' sources
// once per worker instead of once per file is most of the suite's speed (a test file must not leave global
// state behind).
const isolated = [
  'packages/cli/test/internal-error.test.ts',
  'packages/cli/test/security/hostile-files.test.ts',
]
const exclude = ['**/node_modules/**', '**/dist/**']

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['chiso-source'] } },
  test: {
    exclude,
    // Both cores: vitest's default leaves one free, and the suite is mostly CPU-bound test bodies and child
    // processes, which the second worker overlaps.
    maxWorkers: 2,
    // The run's scratch files in one temporary folder, removed at its end (temporary-folder.ts).
    globalSetup: ['.config/temporary-folder.ts'],
    testTimeout: Math.max(60_000, sizedRuns * 100),
    // A file's setup (several CLI runs before its tests read their output) or clean-up is work of the same
    // size as a test: the same budget, not vitest's 10 s, which a loaded machine overran.
    hookTimeout: 60_000,
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        test: { name: 'shared', include, exclude: [...exclude, ...isolated], isolate: false },
      },
      // Benchmarks run once, in the shared project.
      {
        extends: true,
        test: { name: 'isolated', include: isolated, isolate: true, benchmark: { exclude: ['**'] } },
      },
    ],
  },
})

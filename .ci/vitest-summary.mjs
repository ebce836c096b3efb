// Runs the whole vitest suite and ends with the line CI reads: "N passed, N failed".
// Exits non-zero when anything failed or when no test ran at all.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const results = `${root}.vitest-results.json`
rmSync(results, { force: true })
const run = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--config',
    '.config/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
)
let passed = 0
let failed = 0
try {
  const report = JSON.parse(readFileSync(results, 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
  for (const suite of report.testResults ?? [])
    if (suite.status === 'failed' && suite.assertionResults.length === 0) failed++
} catch {
  failed += 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 || run.status !== 0 ? 1 : 0)

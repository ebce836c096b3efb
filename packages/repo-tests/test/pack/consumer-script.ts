// The script a consumer of the published packages would write, in two module systems. Both variants share
// one body, so the ESM and CJS builds are exercised by exactly the same calls and must print the same
// result. The script runs in the consumer project next to pack-check.methodology.json and pack-check.csv.

/** What the consumer script prints (one JSON document on stdout). */
export interface ConsumerResult {
  /** Where each specifier resolved to (absolute file paths). */
  resolved: Record<string, string>
  /** Rows read from the CSV, from the import report. */
  cells: { total: number; used: number; ignored: number; rejected: number }
  /** [unit, score, max, indexDisplay, rank] of the plain methodology. */
  ranking: Array<[string, string, string, string | null, number | null]>
  /** [unit, score, max] with a rule of a plugin written with @chiso/sdk. */
  withPlugin: Array<[string, string, string]>
  simulation: { runs: number; matchesExact: boolean; sameInWorkers: boolean }
  /** Exit code of `run(['validate', …])` from the @chiso/cli API. */
  validateCode: number
}

const SPECIFIERS = [
  '@chiso/core',
  '@chiso/sdk',
  '@chiso/adapters/csv',
  '@chiso/scenarios',
  '@chiso/scenarios/node',
  '@chiso/cli',
]

const ESM_HEADER = `import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createEngine } from '@chiso/core'
import { definePlugin, defineRule } from '@chiso/sdk'
import { readCsv } from '@chiso/adapters/csv'
import { parseSimulationSpec, simulate } from '@chiso/scenarios'
import { simulateInWorkers } from '@chiso/scenarios/node'
import { run } from '@chiso/cli'
import { z } from 'zod'
const resolve = (specifier) => fileURLToPath(import.meta.resolve(specifier))
`

const CJS_HEADER = `const { readFileSync } = require('node:fs')
const { createEngine } = require('@chiso/core')
const { definePlugin, defineRule } = require('@chiso/sdk')
const { readCsv } = require('@chiso/adapters/csv')
const { parseSimulationSpec, simulate } = require('@chiso/scenarios')
const { simulateInWorkers } = require('@chiso/scenarios/node')
const { run } = require('@chiso/cli')
const { z } = require('zod')
const resolve = (specifier) => require.resolve(specifier)
`

const BODY = `async function main() {
  const methodology = JSON.parse(readFileSync('pack-check.methodology.json', 'utf8'))
  const { dataset, report } = readCsv(readFileSync('pack-check.csv'), { file: 'pack-check.csv' })
  const compiled = createEngine().compile(methodology)
  const card = compiled.evaluate(dataset)

  // A third-party rule: half of the entered value (invented, for this check only).
  const half = defineRule({
    id: 'pack/half',
    meta: { title: 'Half of the entered value', inputs: { value: 'decimal' } },
    options: z.strictObject({}),
    score: ({ input, dec }) => dec(input.value).div(2),
  })
  const plugin = definePlugin({ name: 'pack', version: '1.0.0', rules: [half] })
  const extended = {
    ...methodology,
    plugins: ['pack'],
    tree: [...methodology.tree, { code: '3', title: 'Half of a value', max: '4', rule: { use: 'pack/half' } }],
  }
  const halves = [['a', '8'], ['b', '2'], ['c', '0']].map(([unit, value]) => ({ unit, node: '3', value }))
  const plugged = createEngine({ plugins: [plugin] })
    .compile(extended)
    .evaluate({ ...dataset, observations: [...dataset.observations, ...halves] })

  const spec = parseSimulationSpec({ unit: 'c', targetRank: 2, peers: { distribution: 'normal', mean: '0', sd: '3' } })
  const inThread = simulate(compiled, dataset, { runs: 400, seed: 7, spec })
  const inWorkers = await simulateInWorkers(compiled, dataset, { runs: 400, seed: 7, spec, workers: 2 })

  const quiet = { write: () => true }
  const validateCode = await run(['validate', 'pack-check.methodology.json'], { stdout: quiet, stderr: process.stderr, cwd: process.cwd() })

  const result = {
    resolved: Object.fromEntries(${JSON.stringify(SPECIFIERS)}.map((specifier) => [specifier, resolve(specifier)])),
    cells: report.cells,
    ranking: card.units.map((u) => [u.unit, u.score, u.max, u.indexDisplay, u.rank]),
    withPlugin: plugged.units.map((u) => [u.unit, u.score, u.max]),
    simulation: {
      runs: inThread.runs,
      matchesExact: inThread.nominal.matchesExact,
      sameInWorkers: JSON.stringify(inThread) === JSON.stringify(inWorkers),
    },
    validateCode,
  }
  process.stdout.write(JSON.stringify(result))
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
`

/** The consumer script as an ES module (`.mjs`) or a CommonJS module (`.cjs`). */
export function consumerScript(kind: 'esm' | 'cjs'): string {
  return (kind === 'esm' ? ESM_HEADER : CJS_HEADER) + BODY
}

/** The specifiers the script imports from the published packages. */
export const CONSUMER_SPECIFIERS: ReadonlyArray<string> = SPECIFIERS

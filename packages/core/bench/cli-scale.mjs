// The CLI at scale: `chiso score` on a generated dataset of 10 000 units × a 100-leaf additive tree (all
// communes of Vietnam are about 10 000 units), as JSON to a file and as the ranking table, with wall time and
// peak memory, the start-up alone, and the engine's share measured in-process on the same data. The data are
// generated at run time (about 5 MB), never committed.
//
//   pnpm --filter @chiso/core run build && pnpm --filter @chiso/adapters run build \
//     && pnpm --filter @chiso/scenarios run build && pnpm --filter @chiso/cli run build
//   pnpm bench:cli
//   node packages/core/bench/cli-scale.mjs [--units 10000] [--areas 10] [--leaves 10] [--bin packages/cli/dist/bin.js]
//
// Uses `/usr/bin/time -v` for the peak resident memory when it exists (Linux); otherwise reports wall time only.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const units = option('units', 10_000)
const areas = option('areas', 10)
const leavesPerArea = option('leaves', 10)

// The same generated problem as points-problem.ts: leaves worth 1 point, data in hundredths.
const codes = []
for (let a = 1; a <= areas; a++) for (let l = 1; l <= leavesPerArea; l++) codes.push([a, l, `${a}.${l}`])
const value = (u, a, l) => {
  const hundredths = (u * 37 + a * 11 + l * 7) % 101
  return hundredths === 100
    ? '1'
    : hundredths === 0
      ? '0'
      : `0.${String(hundredths).padStart(2, '0')}`.replace(/0$/, '')
}
const methodology = {
  id: 'cli-scale',
  version: '1.0.0',
  title: 'CLI scale benchmark (generated, illustrative)',
  result: { type: 'points' },
  tree: Array.from({ length: areas }, (_, a) => ({
    code: `${a + 1}`,
    title: `Area ${a + 1}`,
    max: String(leavesPerArea),
    children: Array.from({ length: leavesPerArea }, (_, l) => ({
      code: `${a + 1}.${l + 1}`,
      title: `Leaf ${a + 1}.${l + 1}`,
      max: '1',
      rule: { use: 'chiso/points' },
    })),
  })),
}
const lines = [`unit,name,${codes.map(([, , code]) => code).join(',')}`]
for (let u = 0; u < units; u++)
  lines.push([`u${u}`, `Unit ${u}`, ...codes.map(([a, l]) => value(u, a, l))].join(','))

const dir = mkdtempSync(join(tmpdir(), 'chiso-cli-scale-'))
try {
  const methodologyFile = join(dir, 'scale.methodology.json')
  const dataFile = join(dir, 'scale.csv')
  writeFileSync(methodologyFile, JSON.stringify(methodology))
  writeFileSync(dataFile, `${lines.join('\n')}\n`)

  const binAt = process.argv.indexOf('--bin')
  const bin = binAt === -1 ? join(root, 'packages', 'cli', 'dist', 'bin.js') : process.argv[binAt + 1]
  const timed = existsSync('/usr/bin/time')
  // One run of the CLI: wall time and (under /usr/bin/time -v) peak resident memory in MB.
  const measure = (args, { script = false } = {}) => {
    const command = script ? args : [bin, ...args]
    const started = performance.now()
    const run = timed
      ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...command], {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        })
      : spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 1 << 30 })
    const wall = (performance.now() - started) / 1000
    if (run.status !== 0) throw new Error(`chiso ${args.join(' ')} failed:\n${run.stderr}`)
    const peak = timed
      ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]) / 1024
      : Number.NaN
    return { wall, peak }
  }
  const text = ({ wall, peak }) =>
    `wall ${wall.toFixed(2)} s${Number.isNaN(peak) ? '' : `, peak resident memory ${peak.toFixed(0)} MB`}`
  // Issue 18's aims for the JSON output: at most 5× the float floor's wall time, at most 400 MB.
  const versus = (run, floor) =>
    `${text(run)} — ${(run.wall / floor.wall).toFixed(1)}× the float floor (aim ≤ 5×)${
      Number.isNaN(run.peak) ? '' : `, ${run.peak <= 400 ? 'within' : 'above'} 400 MB`
    }`
  // The float floor first, then chiso, each run once in this same run of the script.
  const floor = measure(
    [
      join(root, 'packages', 'core', 'bench', 'float-csv-reader.mjs'),
      dataFile,
      join(dir, 'floor.json'),
      String(leavesPerArea),
    ],
    { script: true },
  )
  // 10 000 × 100 is just over the default bound of 1 000 000 cells.
  const allCells = ['--max-cells', String((units + 1) * (codes.length + 2))]
  const json = measure([
    'score',
    methodologyFile,
    dataFile,
    '--format',
    'json',
    '--out',
    join(dir, 'out.json'),
    ...allCells,
  ])
  const table = measure(['score', methodologyFile, dataFile, ...allCells])
  const startup = measure(['--version'])

  // The engine's share, in this process, on the same observations (parsed dataset → scorecard).
  const { createEngine, parseDataset } = await import(join(root, 'packages', 'core', 'dist', 'index.js'))
  const observations = []
  for (let u = 0; u < units; u++) {
    for (const [a, l, code] of codes) observations.push({ unit: `u${u}`, node: code, value: value(u, a, l) })
  }
  const compiled = createEngine().compile(methodology)
  const t0 = performance.now()
  const dataset = parseDataset({
    units: Array.from({ length: units }, (_, u) => ({ code: `u${u}`, name: `Unit ${u}` })),
    observations,
  })
  const t1 = performance.now()
  compiled.evaluate(dataset, { trace: false })
  const t2 = performance.now()

  console.log(`chiso score, ${units} units × ${codes.length} leaves:`)
  console.log(`  float floor (plain float64 reader of the same CSV → JSON): ${text(floor)}`)
  console.log(`  --format json --out FILE: ${versus(json, floor)}`)
  console.log(`  the ranking table (stdout): ${versus(table, floor)}`)
  console.log(`  chiso --version (start-up alone): ${text(startup)}`)
  console.log(
    `  in-process: parseDataset ${(t1 - t0).toFixed(0)} ms, evaluate (no trace) ${(t2 - t1).toFixed(0)} ms`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

// The CLI at scale: `chiso score` on a generated dataset of 10 000 units × a 100-leaf additive tree (all
// communes of Vietnam are about 10 000 units), as JSON to a file and as the ranking table, with wall time and
// peak memory, the start-up alone, and the engine's share measured in-process on the same data. The data are
// generated at run time (about 5 MB), never committed.
//
//   pnpm --filter @chiso/core run build && pnpm --filter @chiso/adapters run build \
//     && pnpm --filter @chiso/scenarios run build && pnpm --filter @chiso/cli run build
//   pnpm bench:cli
//   node packages/core/bench/cli-scale.mjs [--units 10000] [--areas 10] [--leaves 10] [--bin packages/cli/dist/bin.cjs]
//     [--baseline OTHER/bin.js] [--rounds 1]
//
// With --baseline, another build of the CLI (say, the previous commit's packages copied aside) runs in turn with
// this one, each round: the float floor, then each output by the baseline and by this build, so that both meet
// the same load. Each round prints the load average at its start.
//
// Uses `/usr/bin/time -v` for the peak resident memory and CPU time when it exists (Linux); otherwise reports
// wall time only.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
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
  const bin = binAt === -1 ? join(root, 'packages', 'cli', 'dist', 'bin.cjs') : process.argv[binAt + 1]
  const baselineAt = process.argv.indexOf('--baseline')
  const baseline = baselineAt === -1 ? undefined : process.argv[baselineAt + 1]
  const rounds = option('rounds', 1)
  const timed = existsSync('/usr/bin/time')
  // One run of the CLI: wall time and (under /usr/bin/time -v) peak resident memory in MB and CPU seconds.
  const measure = (args, { script = false, cli = bin } = {}) => {
    const command = script ? args : [cli, ...args]
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
    const seconds = (name) =>
      Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1])
    const cpu = timed ? seconds('User') + seconds('System') : Number.NaN
    return { wall, peak, cpu }
  }
  const text = ({ wall, peak, cpu }) =>
    `wall ${wall.toFixed(2)} s${Number.isNaN(cpu) ? '' : `, CPU ${cpu.toFixed(2)} s`}${Number.isNaN(peak) ? '' : `, peak resident memory ${peak.toFixed(0)} MB`}`
  // Issue 18's aims for the JSON output: at most 5× the float floor's wall time, at most 400 MB.
  const versus = (run, floor) =>
    `${text(run)} — ${(run.wall / floor.wall).toFixed(1)}× the float floor (aim ≤ 5×)${
      Number.isNaN(run.cpu) ? '' : `, CPU ${(run.cpu / floor.cpu).toFixed(1)}× the floor's`
    }${Number.isNaN(run.peak) ? '' : `, ${run.peak <= 400 ? 'within' : 'above'} 400 MB`}`
  // 10 000 × 100 is just over the default bound of 1 000 000 cells.
  const allCells = ['--max-cells', String((units + 1) * (codes.length + 2))]
  const jsonArgs = [
    'score',
    methodologyFile,
    dataFile,
    '--format',
    'json',
    '--out',
    join(dir, 'out.json'),
    ...allCells,
  ]
  const tableArgs = ['score', methodologyFile, dataFile, ...allCells]
  const floorArgs = [
    join(root, 'packages', 'core', 'bench', 'float-csv-reader.mjs'),
    dataFile,
    join(dir, 'floor.json'),
    String(leavesPerArea),
  ]
  console.log(`chiso score, ${units} units × ${codes.length} leaves:`)
  // Each round: the float floor first, then chiso (and the baseline before it), each once in this same run.
  for (let round = 1; round <= rounds; round++) {
    const load = loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')
    if (rounds > 1 || baseline !== undefined) console.log(`round ${round} (load average ${load}):`)
    const floor = measure(floorArgs, { script: true })
    console.log(`  float floor (plain float64 reader of the same CSV → JSON): ${text(floor)}`)
    if (baseline !== undefined)
      console.log(
        `  baseline --format json --out FILE: ${versus(measure(jsonArgs, { cli: baseline }), floor)}`,
      )
    console.log(`  --format json --out FILE: ${versus(measure(jsonArgs), floor)}`)
    if (baseline !== undefined)
      console.log(
        `  baseline ranking table (stdout): ${versus(measure(tableArgs, { cli: baseline }), floor)}`,
      )
    console.log(`  the ranking table (stdout): ${versus(measure(tableArgs), floor)}`)
  }
  console.log(`  chiso --version (start-up alone): ${text(measure(['--version']))}`)

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

  console.log(
    `  in-process: parseDataset ${(t1 - t0).toFixed(0)} ms, evaluate (no trace) ${(t2 - t1).toFixed(0)} ms`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

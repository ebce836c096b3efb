// The CLI's start-up, as a ratio to bare Node measured in the same run: cold `chiso --version` and cold
// `chiso score` on the PCI example (examples/pci-2021), each against `node -e 0`, in interleaved rounds so a
// busy machine slows all three alike. Also counts the modules each loads and the bytes of code they hold.
// Aims (issue "exact at float speed"): --version ≤ 2× bare Node, score ≤ 0.25 s on a quiet machine.
//
// `--against <bin>` runs a second build's `bin.js` (e.g. the previous commit's packages built in a copy of
// the repository) in the same rounds, so before and after are compared under the same load. Where
// /usr/bin/time exists, each run's CPU time (user + system, 10 ms resolution) is reported beside wall time:
// on a shared machine the CPU time is disturbed much less by other jobs.
//
//   pnpm --filter @chiso/cli... run build
//   node packages/cli/bench/startup.mjs [--rounds 15] [--bin packages/cli/dist/bin.cjs] [--against other/bin.js]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..', '..')
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : process.argv[at + 1]
}
const rounds = Number(option('rounds', '15'))
// By default what `chiso` runs: the package's `bin`.
const bin = option(
  'bin',
  join(
    root,
    'packages',
    'cli',
    JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')).bin.chiso,
  ),
)
const against = option('against', undefined)
const pci = join(root, 'examples', 'pci-2021')
const score = ['score', join(pci, 'pci.methodology.yaml'), join(pci, 'pci-2021.csv')]
const cases = {
  'node -e 0': ['-e', '0'],
  'chiso --version': [bin, '--version'],
  'chiso score (PCI example)': [bin, ...score],
}
if (against !== undefined) {
  cases['against: chiso --version'] = [against, '--version']
  cases['against: chiso score (PCI example)'] = [against, ...score]
}

const TIME = '/usr/bin/time'
const timed = existsSync(TIME)
const once = (args, env = process.env) => {
  const started = performance.now()
  const run = timed
    ? spawnSync(TIME, ['-f', 'chiso-cpu %U %S', process.execPath, ...args], {
        encoding: 'utf8',
        env,
        maxBuffer: 1 << 26,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 })
  const wall = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`)
  const cpu = /chiso-cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '')
  return { wall, cpu: cpu === null ? Number.NaN : Number(cpu[1]) + Number(cpu[2]) }
}

// One warm-up of each (file system cache), then the rounds, interleaved.
const load = [loadavg()[0]]
for (const args of Object.values(cases)) once(args)
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, { wall: [], cpu: [] }]))
for (let round = 0; round < rounds; round++)
  for (const [name, args] of Object.entries(cases)) {
    const { wall, cpu } = once(args)
    times[name].wall.push(wall)
    times[name].cpu.push(cpu)
  }
load.push(loadavg()[0])
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Module counts and the bytes of code they hold, from a separate (untimed) run of each under the counting hooks.
const dir = mkdtempSync(join(tmpdir(), 'chiso-startup-'))
const modules = {}
try {
  for (const [name, args] of Object.entries(cases)) {
    const log = join(dir, `${Object.keys(modules).length}.log`)
    once(['--import', join(here, 'module-count-hooks.mjs'), ...args], {
      ...process.env,
      CHISO_MODULE_LOG: log,
    })
    let loaded = []
    try {
      loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    } catch {}
    const urls = [...new Set(loaded.filter((url) => !url.includes('module-count-hooks.mjs')))]
    const bytes = urls.reduce(
      (sum, url) => sum + (url.startsWith('file:') ? statSync(fileURLToPath(url)).size : 0),
      0,
    )
    modules[name] = { count: urls.length, bytes }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const bare = { wall: median(times['node -e 0'].wall), cpu: median(times['node -e 0'].cpu) }
console.log(
  `CLI start-up, median of ${rounds} interleaved rounds (${process.version}, ${process.platform}; ` +
    `load average ${load.map((value) => value.toFixed(2)).join(' → ')})`,
)
console.log('| run | wall | × bare node | CPU | × bare node | modules loaded | code loaded |')
console.log('|---|---|---|---|---|---|---|')
for (const name of Object.keys(cases)) {
  const wall = median(times[name].wall)
  const cpu = median(times[name].cpu)
  const cpuText = Number.isNaN(cpu) ? '–' : `${(cpu * 1000).toFixed(0)} ms`
  const cpuRatio = Number.isNaN(cpu) ? '–' : `${(cpu / bare.cpu).toFixed(2)}×`
  const { count, bytes } = modules[name]
  console.log(
    `| ${name} | ${(wall * 1000).toFixed(0)} ms | ${(wall / bare.wall).toFixed(2)}× | ${cpuText} | ${cpuRatio} | ` +
      `${count} | ${(bytes / 1024).toFixed(0)} KiB |`,
  )
}
console.log('aims: chiso --version ≤ 2.00× bare node; chiso score ≤ 250 ms on a quiet machine')

// The CLI's start-up, as a ratio to bare Node measured in the same run: cold `chiso --version` and cold
// `chiso score` on the PCI example (examples/pci-2021), each against `node -e 0`, in interleaved rounds so a
// busy machine slows all three alike. Also counts the modules each loads. Aims (issue "exact at float
// speed"): --version ≤ 2× bare Node, score ≤ 0.25 s on a quiet machine.
//
//   pnpm --filter @chiso/cli... run build
//   node packages/cli/bench/startup.mjs [--rounds 15] [--bin packages/cli/dist/bin.js]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..', '..')
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : process.argv[at + 1]
}
const rounds = Number(option('rounds', '15'))
const bin = option('bin', join(root, 'packages', 'cli', 'dist', 'bin.js'))
const pci = join(root, 'examples', 'pci-2021')
const cases = {
  'node -e 0': ['-e', '0'],
  'chiso --version': [bin, '--version'],
  'chiso score (PCI example)': [bin, 'score', join(pci, 'pci.methodology.yaml'), join(pci, 'pci-2021.csv')],
}

const once = (args, env = process.env) => {
  const started = performance.now()
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`)
  return seconds
}

// One warm-up of each (file system cache), then the rounds, interleaved.
for (const args of Object.values(cases)) once(args)
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]))
for (let round = 0; round < rounds; round++)
  for (const [name, args] of Object.entries(cases)) times[name].push(once(args))
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Module counts, from a separate (untimed) run of each under the counting hooks.
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
    modules[name] = new Set(loaded.filter((url) => !url.includes('module-count-hooks.mjs'))).size
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const bare = median(times['node -e 0'])
console.log(`CLI start-up, median of ${rounds} interleaved rounds (${process.version}, ${process.platform})`)
console.log('| run | median | × bare node | modules loaded |')
console.log('|---|---|---|---|')
for (const name of Object.keys(cases)) {
  const m = median(times[name])
  console.log(`| ${name} | ${(m * 1000).toFixed(0)} ms | ${(m / bare).toFixed(2)}× | ${modules[name]} |`)
}
console.log('aims: chiso --version ≤ 2.00× bare node; chiso score ≤ 250 ms on a quiet machine')

// Start-up of one simulation worker thread, as a ratio to an empty worker measured in the same run: from
// `new Worker` to the worker's "ready" reply (it has loaded its modules and received an input), interleaved
// rounds so a busy machine slows both alike. The worker runs the built package (`pnpm run build` first).
//
//   node packages/scenarios/bench/worker-startup.mjs [--rounds 15]
import { Worker } from 'node:worker_threads'

const at = process.argv.indexOf('--rounds')
const rounds = at === -1 ? 15 : Number(process.argv[at + 1])
const simulation = new URL('../dist/simulate-worker.js', import.meta.url)
// The baseline: a worker that loads nothing and answers the first message.
const empty =
  "require('node:worker_threads').parentPort.once('message', (m) => require('node:worker_threads').parentPort.postMessage(m))"

const once = (make) =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const worker = make()
    worker.once('error', reject)
    worker.once('message', () => {
      const ms = performance.now() - started
      worker.terminate().then(() => resolve(ms), reject)
    })
    // A simulation of no runs: the simulation worker answers that it holds it, then finds no chunk to take;
    // the empty worker echoes it.
    const chunks = { runs: 0, chunkSize: 1, taken: new Int32Array(new SharedArrayBuffer(4)) }
    worker.postMessage({ job: 1, input: {}, seed: 1, chunks })
  })

const cases = {
  'empty worker': () => new Worker(empty, { eval: true }),
  'simulation worker': () => new Worker(simulation),
}
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]))
for (let round = -1; round < rounds; round++)
  for (const [name, make] of Object.entries(cases)) {
    const ms = await once(make)
    if (round >= 0) times[name].push(ms)
  }
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const bare = median(times['empty worker'])
console.log(`Worker start-up to ready, median of ${rounds} interleaved rounds (${process.version})`)
console.log('| worker | median | × empty worker |')
console.log('|---|---|---|')
for (const [name, values] of Object.entries(times))
  console.log(`| ${name} | ${median(values).toFixed(1)} ms | ${(median(values) / bare).toFixed(2)}× |`)

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { CliIO } from './cli-io.js'
import { parseTimeout } from './commands/global-limit-options.js'
import { EXIT, type ExitCode } from './exit-codes.js'
import { removeTemporaries } from './io/pending-temporaries.js'

/**
 * Finds a valid `--timeout <seconds>` (or `--timeout=<seconds>`) before any `--` in the arguments, and
 * returns the seconds with the arguments without it. A malformed value is left in place, so the option's
 * own parser reports it as a usage error.
 *
 * @example
 * ```ts
 * splitTimeout(['score', 'm.yaml', 'd.csv', '--timeout', '30']) // { seconds: 30, argv: ['score', 'm.yaml', 'd.csv'] }
 * splitTimeout(['score', 'm.yaml', 'd.csv'])                    // undefined
 * ```
 */
export function splitTimeout(argv: ReadonlyArray<string>): { seconds: number; argv: string[] } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return undefined
    const inline = arg.startsWith('--timeout=') ? arg.slice('--timeout='.length) : undefined
    const value = inline ?? (arg === '--timeout' ? argv[i + 1] : undefined)
    if (value === undefined) continue
    let seconds: number
    try {
      seconds = parseTimeout(value)
    } catch {
      return undefined
    }
    return { seconds, argv: [...argv.slice(0, i), ...argv.slice(i + (inline === undefined ? 2 : 1))] }
  }
  return undefined
}

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs` bundle. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

// The worker runs `run` from the package's entry point and sends every write back as a message.
const WORKER_BODY = `
const { parentPort, workerData } = require('node:worker_threads')
const writer = (stream) => ({
  write(chunk) { parentPort.postMessage({ stream, chunk }); return true },
  isTTY: workerData.tty[stream],
})
import(workerData.entry).then(async (module) => {
  const run = module.run ?? module.default.run
  const io = { stdout: writer('stdout'), stderr: writer('stderr'), cwd: workerData.cwd }
  if (workerData.color !== undefined) io.color = workerData.color
  parentPort.postMessage({ exit: await run(workerData.argv, io) })
})
`

// node:worker_threads is imported only when a run has a --timeout: loading it (and the streams it needs) was
// about a tenth of a cold `chiso score` (docs/performance.md, start-up).
async function spawn(data: Record<string, unknown>): Promise<Worker> {
  const { Worker } = await import('node:worker_threads')
  const self = here()
  if (self.endsWith('.ts')) {
    // Running from source (tests): register tsx in the worker first, resolving workspace packages from src.
    const tsx = createRequire(self).resolve('tsx/esm/api')
    const entry = new URL('./index.ts', self).href
    return new Worker(`require(${JSON.stringify(tsx)}).register();${WORKER_BODY}`, {
      eval: true,
      execArgv: ['--conditions=chiso-source'],
      workerData: { ...data, entry, chisoTimeout: true },
    })
  }
  const entry = new URL(self.endsWith('.cjs') ? './index.cjs' : './index.js', self).href
  return new Worker(WORKER_BODY, { eval: true, workerData: { ...data, entry, chisoTimeout: true } })
}

/**
 * Runs the CLI on `argv` in a worker thread and stops it after `seconds`: the wall-clock guard for work that
 * never ends (a plugin rule in an endless loop, a pathological search). Evaluation is synchronous, so only
 * another thread can stop it. Output is forwarded to `io` as it is written; on timeout the worker is
 * terminated, a located error is written to stderr, and the exit code is 1. Files written with `--out` are
 * written atomically, so a stopped command leaves none half-written; the worker announces each temporary
 * file before creating it, and the ones still there when it is stopped are removed.
 *
 * @example
 * ```ts
 * await runWithTimeout(['simulate', 'm.yaml', 'd.csv', '--runs', '100000000', '--seed', '1'], io, 2)
 * // stderr: error: chiso simulate did not finish within 2 s (--timeout 2): stopped
 * // 1
 * ```
 */
export async function runWithTimeout(
  argv: ReadonlyArray<string>,
  io: CliIO,
  seconds: number,
): Promise<ExitCode> {
  const worker = await spawn({
    argv: [...argv],
    cwd: io.cwd,
    color: io.color,
    tty: { stdout: io.stdout.isTTY === true, stderr: io.stderr.isTTY === true },
  })
  // Temporary files of --out writes in progress in the worker.
  const temporaries = new Set<string>()
  return new Promise<ExitCode>((resolve) => {
    let settled = false
    let timedOut = false
    const settle = (code: ExitCode) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(code)
    }
    const timer = setTimeout(() => {
      void worker.terminate()
      const command = argv.find((arg) => !arg.startsWith('-')) ?? ''
      io.stderr.write(
        `error: chiso ${command} did not finish within ${seconds} s (--timeout ${seconds}): stopped\n` +
          'hint: a plugin or an input that makes the work endless or very long; if the input is genuine, ' +
          'raise --timeout\n',
      )
      // The exit code only once the worker has stopped (its last messages in) and its temporary files are gone.
      settled = true
      timedOut = true
    }, seconds * 1000)
    worker.on(
      'message',
      (message: {
        stream?: 'stdout' | 'stderr'
        chunk?: string
        exit?: ExitCode
        temporary?: string
        settled?: string
      }) => {
        if (message.temporary !== undefined) temporaries.add(message.temporary)
        else if (message.settled !== undefined) temporaries.delete(message.settled)
        if (settled) return
        if (message.stream !== undefined) io[message.stream].write(message.chunk as string)
        else if (message.exit !== undefined) settle(message.exit)
      },
    )
    worker.on('error', (error) => {
      if (settled) return
      io.stderr.write(`internal error: the command's worker failed: ${error.stack ?? error.message}\n`)
      settle(EXIT.INTERNAL)
    })
    worker.on('exit', () => {
      if (!timedOut) return settle(EXIT.INTERNAL)
      setImmediate(() => {
        removeTemporaries(temporaries)
        resolve(EXIT.INVALID_INPUT)
      })
    })
  })
}

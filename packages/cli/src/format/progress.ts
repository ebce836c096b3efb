import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { Writer } from '../cli-io.js'

/**
 * Progress of one long task (an import of a large file, a simulation): `tick` as work is done, `done` at
 * the end (also after a failure).
 *
 * @example
 * ```ts
 * const progress = createProgress(io.stderr, 1000, 'simulating')
 * for (let run = 0; run < 1000; run++) progress.tick()
 * progress.done()
 * ```
 */
export interface Progress {
  /** Records `amount` (default 1) more units of work done. */
  tick(amount?: number): void
  /** Stops the bar and clears its line. Safe to call twice. */
  done(): void
}

const SILENT: Progress = { tick: () => {}, done: () => {} }

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs` bundle. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

// cli-progress (17 modules) is loaded only when a bar is drawn, on a terminal: a piped or scripted run, the
// common case, never pays for it at start-up.
function loadSingleBar(): typeof import('cli-progress').SingleBar {
  return (createRequire(here())('cli-progress') as typeof import('cli-progress')).SingleBar
}

/**
 * Creates a progress bar on `writer` (stderr) when it is an interactive terminal, and a silent progress
 * otherwise, so pipes, files and tests never receive control characters.
 *
 * @example
 * ```ts
 * const progress = createProgress(context.io.stderr, rows.length, 'importing')
 * ```
 */
export function createProgress(writer: Writer, total: number, label: string): Progress {
  if (writer.isTTY !== true || total <= 0) return SILENT
  const SingleBar = loadSingleBar()
  const bar = new SingleBar({
    // cli-progress only needs write(); the terminal's width and cursor are handled through escape codes.
    stream: ((writer as { unguarded?: Writer }).unguarded ?? writer) as unknown as NodeJS.WriteStream,
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  })
  bar.start(total, 0)
  let finished = false
  return {
    tick: (amount = 1) => bar.increment(amount),
    done: () => {
      if (finished) return
      finished = true
      bar.stop()
    },
  }
}

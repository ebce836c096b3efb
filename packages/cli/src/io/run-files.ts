import { realpathSync, type Stats, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ChisoError } from '@chiso/core'
import { current } from './run-files-scope.js'

// The record itself lives in run-files-scope.ts, which the CLI's entry opens without loading the engine.
export { withRunFiles } from './run-files-scope.js'

/**
 * Notes a file the run has read (its device and inode, and its real path).
 *
 * @example
 * ```ts
 * noteInput('/data/du-lieu.csv', statSync('/data/du-lieu.csv'))
 * ```
 */
export function noteInput(path: string, stats: Stats): void {
  const files = current.getStore()
  if (files === undefined) return
  files.inputs.set(identity(stats), realPath(path))
}

/**
 * Refuses (`UNWRITABLE_FILE`, exit 1) an output path that names one of the run's inputs — the same file
 * through another name, a symbolic or hard link included (compared by device and inode, and by real path) —
 * or an output the run has already written. Then notes it as written.
 *
 * @example
 * ```ts
 * checkOutputPath('du-lieu.csv', io.cwd) // throws when du-lieu.csv is the data the command read
 * ```
 */
export function checkOutputPath(file: string, cwd: string): void {
  const files = current.getStore()
  if (files === undefined) return
  const target = resolve(cwd, file)
  const real = realTarget(target)
  let id: string | undefined
  try {
    id = identity(statSync(target))
  } catch {
    id = undefined // not there yet: only its real path can match
  }
  for (const [inputId, inputPath] of files.inputs) {
    if (inputId === id || inputPath === real) {
      throw new ChisoError('UNWRITABLE_FILE', `${file} is one of the command's inputs`, {
        issues: [
          {
            file,
            message: `refusing to write ${file}: it is ${inputPath === real ? '' : 'the same file as '}an input of this command, and would be overwritten`,
            hint: 'give --out another file name',
          },
        ],
      })
    }
  }
  for (const [outputId, outputPath] of files.outputs) {
    if ((id !== undefined && outputId === id) || outputPath === real) {
      throw new ChisoError('UNWRITABLE_FILE', `${file} is written twice`, {
        issues: [
          {
            file,
            message: `refusing to write ${file}: this command has already written it (two outputs name the same file)`,
            hint: 'give each output its own file name',
          },
        ],
      })
    }
  }
  files.outputs.set(id ?? `path:${real}`, real)
}

function identity(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`
}

function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

// A target that does not exist yet: the real path of its directory, and its name.
function realTarget(target: string): string {
  try {
    return realpathSync(target)
  } catch {
    return join(realPath(dirname(target)), basename(target))
  }
}

import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from './input-error.js'

/**
 * Writes a command's `--out` file atomically: the content goes to a temporary file beside the target, which
 * is then renamed over it. A reader never sees a half-written file, and a failure leaves the old file (if
 * any) untouched. A file that cannot be written becomes an `InputError` (`UNWRITABLE_FILE`, exit 1).
 *
 * @example
 * ```ts
 * writeOutputFile('ranking.json', text, io.cwd)
 * writeOutputFile('ranking.xlsx', bytes, io.cwd)
 * ```
 */
export function writeOutputFile(file: string, content: string | Uint8Array, cwd: string): void {
  const target = resolve(cwd, file)
  // Same directory as the target, so the rename never crosses file systems.
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new InputError(`cannot write ${file}`, [
      {
        code: 'UNWRITABLE_FILE',
        file,
        message: `cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
      },
    ])
  }
}

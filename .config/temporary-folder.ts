import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Tests, the CLI processes they start and Chromium write their scratch files under the system's temporary
// folder, and many test files left theirs behind (some forty folders a run). vitest's global set-up gives the
// whole run one folder of its own — every worker and child process inherits TMPDIR (TEMP and TMP on Windows)
// — and removes it when the run ends, whatever the tests did. CHISO_KEEP_TEST_FILES=1 keeps it for a look.
const OWNER = 'CHISO_TEST_TEMPORARY_FOLDER'

/** vitest global set-up: one temporary folder for the run; returns its removal. */
export function setup(): (() => void) | undefined {
  // Each project of the config runs its global set-up: the first one makes the folder, the others share it.
  if (process.env[OWNER] !== undefined) return undefined
  const folder = mkdtempSync(join(tmpdir(), 'chiso-tests-'))
  process.env[OWNER] = folder
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = folder
  return () => {
    if (process.env.CHISO_KEEP_TEST_FILES === '1') console.log(`test files kept in ${folder}`)
    else rmSync(folder, { recursive: true, force: true })
  }
}

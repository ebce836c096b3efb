import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { splitTimeout } from '../../src/run-with-timeout.js'
import { runCli } from '../helpers.js'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const METHODOLOGY = 'examples/district-cchc/district.methodology.yaml'
const DATA = 'examples/district-cchc/districts-2023.synthetic.csv'

describe('--timeout', () => {
  it('finds the option anywhere before "--", and leaves malformed values to the option parser', () => {
    expect(splitTimeout(['score', 'm.yaml', '--timeout', '30', 'd.csv'])).toEqual({
      seconds: 30,
      argv: ['score', 'm.yaml', 'd.csv'],
    })
    expect(splitTimeout(['--timeout=0.5', 'validate', 'm.yaml'])).toEqual({
      seconds: 0.5,
      argv: ['validate', 'm.yaml'],
    })
    expect(splitTimeout(['score', 'm.yaml', 'd.csv'])).toBeUndefined()
    expect(splitTimeout(['score', '--', '--timeout', '3'])).toBeUndefined()
    expect(splitTimeout(['score', '--timeout', 'soon'])).toBeUndefined()
  })

  // The runs below each start a worker thread: they run side by side.
  it.concurrent('stops a command that runs past it: exit 1 and a clear error', async ({ expect }) => {
    // A million Monte Carlo runs on one thread take far longer than a second.
    const result = await runCli(
      ['simulate', METHODOLOGY, DATA, '--runs', '1000000', '--seed', '7', '--workers', '1', '--timeout', '1'],
      { cwd: ROOT },
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('chiso simulate did not finish within 1 s (--timeout 1): stopped')
    expect(result.stdout).toBe('')
  })

  it.concurrent('a command that finishes in time prints exactly what it prints without a timeout', async ({
    expect,
  }) => {
    const args = ['score', METHODOLOGY, DATA, '--format', 'json']
    const [plain, timed] = await Promise.all([
      runCli(args, { cwd: ROOT }),
      runCli([...args, '--timeout', '120'], { cwd: ROOT }),
    ])
    expect(plain.code).toBe(0)
    expect(timed).toEqual(plain)
  })

  it.concurrent('passes exit codes and errors through', async ({ expect }) => {
    const result = await runCli(['validate', 'no-such.methodology.yaml', '--timeout', '120'], { cwd: ROOT })
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).toContain('no such file')
  })

  it('rejects a malformed value as a usage error', async () => {
    const result = await runCli(['validate', METHODOLOGY, '--timeout', '0'], { cwd: ROOT })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('expected a number of seconds > 0')
  })
})

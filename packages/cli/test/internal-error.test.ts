import { describe, expect, it, vi } from 'vitest'
import { runCli } from './helpers.js'

// An engine that fails in a way no input can cause: the CLI must call it an internal error (exit 3).
vi.mock('@chiso/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@chiso/core')>()),
  createEngine: () => {
    throw new TypeError('engine exploded')
  },
}))

describe('internal errors', () => {
  it('exit 3 with "internal error", the stack and a hint to report it', async () => {
    const result = await runCli(['validate', 'points.methodology.yaml'])
    expect(result.code).toBe(3)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^internal error: .*please report it/)
    expect(result.stderr).toContain('TypeError: engine exploded')
    expect(result.stderr).toMatch(/\n\s+at /)
  })
})

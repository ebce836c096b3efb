import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from './helpers.js'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

/** Runs the built executable; its exit status and stdout. Asynchronous, so independent runs overlap. */
function chiso(args: string[], cwd?: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout }))
  })
}

describe('the built binary', () => {
  it('exists (the root `pnpm test` builds before testing)', () => {
    expect(
      existsSync(bin),
      `${bin} is missing: build first (pnpm build, or cd packages/cli && pnpm build)`,
    ).toBe(true)
  })

  it.runIf(existsSync(bin))(
    'starts with a shebang, prints the version and exits with the contract codes',
    async () => {
      expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
      const [version, ok, invalid, usage] = await Promise.all([
        chiso(['--version']),
        chiso(['validate', 'points.methodology.yaml'], FIXTURES),
        chiso(['validate', 'invalid.methodology.yaml'], FIXTURES),
        chiso(['validate', '--nope']),
      ])
      expect(version.status).toBe(0)
      expect(version.stdout).toBe(`${pkg.version}\n`)
      expect(ok.status).toBe(0)
      expect(invalid.status).toBe(1)
      expect(usage.status).toBe(2)
    },
  )
})

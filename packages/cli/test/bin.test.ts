import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from './helpers.js'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

describe('the built binary', () => {
  it('exists (the root `pnpm test` builds before testing)', () => {
    expect(
      existsSync(bin),
      `${bin} is missing: build first (pnpm build, or cd packages/cli && pnpm build)`,
    ).toBe(true)
  })

  it.runIf(existsSync(bin))('starts with a shebang and prints the version', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`)
  })

  it.runIf(existsSync(bin))('exits with the contract codes', () => {
    const ok = spawnSync(process.execPath, [bin, 'validate', 'points.methodology.yaml'], {
      cwd: FIXTURES,
      encoding: 'utf8',
    })
    expect(ok.status).toBe(0)
    const invalid = spawnSync(process.execPath, [bin, 'validate', 'invalid.methodology.yaml'], {
      cwd: FIXTURES,
      encoding: 'utf8',
    })
    expect(invalid.status).toBe(1)
    const usage = spawnSync(process.execPath, [bin, 'validate', '--nope'], { encoding: 'utf8' })
    expect(usage.status).toBe(2)
  })
})

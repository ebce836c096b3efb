import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { PLUGINS_MESSAGES } from '../src/messages/plugins.js'
import { runCli } from './helpers.js'

const FIXTURE = fileURLToPath(new URL('./fixtures/plugin-project/', import.meta.url))

// A project folder as a user has it: the methodology, the data, a package.json naming the plugin package, and
// (in `installed` only) the package in node_modules.
let bare = ''
let installed = ''
beforeAll(() => {
  for (const name of ['bare', 'installed']) {
    const dir = mkdtempSync(join(tmpdir(), `chiso-plugins-${name}-`))
    for (const file of ['acme.methodology.yaml', 'acme.csv', 'package.json'])
      cpSync(join(FIXTURE, file), join(dir, file))
    if (name === 'installed') {
      mkdirSync(join(dir, 'node_modules'))
      symlinkSync(
        join(FIXTURE, 'packages', 'chiso-plugin-acme'),
        join(dir, 'node_modules', 'chiso-plugin-acme'),
        'dir',
      )
      installed = dir
    } else bare = dir
  }
})

describe('plugins loaded by name', () => {
  it('--plugin NAME loads the package from the project and scores with its rules', async () => {
    const result = await runCli(
      ['score', 'acme.methodology.yaml', 'acme.csv', '--plugin', 'chiso-plugin-acme', '--json'],
      {
        cwd: installed,
      },
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const units = JSON.parse(result.stdout).units as Array<{ unit: string; score: string; rank: number }>
    // acme/half: A's 8 → 4, B's 4 → 2; plus the entered points 1 and 4.
    expect(units.map((unit) => [unit.unit, unit.score, unit.rank])).toEqual([
      ['B', '6', 1],
      ['A', '5', 2],
    ])
  })

  it('is global: accepted before the command too, and by every command that compiles', async () => {
    const result = await runCli(['--plugin', 'chiso-plugin-acme', 'validate', 'acme.methodology.yaml'], {
      cwd: installed,
    })
    expect(result.code).toBe(0)
  })

  it('a methodology’s plugins: without --plugin says which plugin and which option loads it (no internal names)', async () => {
    const result = await runCli(['score', 'acme.methodology.yaml', 'acme.csv'], { cwd: installed })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'plugins: the methodology needs the plugin "acme", which is not loaded (at acme.methodology.yaml:6:10)',
    )
    expect(result.stderr).toContain('hint: add --plugin chiso-plugin-acme')
    expect(result.stderr).not.toContain('createEngine')
  })

  it('a package that is not installed is named, with how to install it', async () => {
    const result = await runCli(
      ['score', 'acme.methodology.yaml', 'acme.csv', '--plugin', 'chiso-plugin-acme'],
      {
        cwd: bare,
      },
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('the plugin package "chiso-plugin-acme" is not installed in')
    expect(result.stderr).toContain('pnpm add chiso-plugin-acme')
    expect(result.stderr).not.toContain('createEngine')
  })

  it('a package that is no plugin is refused', async () => {
    const result = await runCli(['validate', 'acme.methodology.yaml', '--plugin', 'zod'], { cwd: FIXTURE })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/the package "zod" exports no chiso plugin|"zod" is not installed/)
  })

  it.each(['./acme.js', '/tmp/acme', 'Acme'])(
    '--plugin %s (not a package name) is a usage error',
    async (name) => {
      const result = await runCli(['validate', 'acme.methodology.yaml', '--plugin', name], { cwd: installed })
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('is not a package name')
    },
  )

  it('has the same message keys in both languages', () => {
    expect(Object.keys(PLUGINS_MESSAGES.vi).sort()).toEqual(Object.keys(PLUGINS_MESSAGES.en).sort())
  })
})

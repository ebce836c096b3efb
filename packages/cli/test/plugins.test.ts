import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { PLUGINS_MESSAGES } from '../src/messages/plugins.js'
import { runCli } from './helpers.js'

const FIXTURE = fileURLToPath(new URL('./fixtures/plugin-project/', import.meta.url))

// Project folders as a user has them: the methodology, the data and a package.json. `installed` declares the
// plugin package and has it in node_modules; `bare` declares it without installing it; `undeclared` has it in
// node_modules but does not declare it; `ambiguous` declares two packages that could provide it.
let bare = ''
let installed = ''
let undeclared = ''
let ambiguous = ''
function project(name: string, dependencies: Record<string, string>, install: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), `chiso-plugins-${name}-`))
  for (const file of ['acme.methodology.yaml', 'acme.csv']) cpSync(join(FIXTURE, file), join(dir, file))
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `fixture-${name}`, private: true, dependencies }),
  )
  if (install) {
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(
      join(FIXTURE, 'packages', 'chiso-plugin-acme'),
      join(dir, 'node_modules', 'chiso-plugin-acme'),
      'dir',
    )
  }
  return dir
}
beforeAll(() => {
  installed = project('installed', { 'chiso-plugin-acme': '0.1.0' }, true)
  bare = project('bare', { 'chiso-plugin-acme': '0.1.0' }, false)
  undeclared = project('undeclared', { zod: '4.0.0' }, true)
  ambiguous = project('ambiguous', { 'chiso-plugin-acme': '0.1.0', '@tinh/chiso-plugin-acme': '0.1.0' }, true)
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

  it('a methodology’s plugins: loads a plugin package the project declares, without --plugin', async () => {
    const result = await runCli(['score', 'acme.methodology.yaml', 'acme.csv', '--json'], { cwd: installed })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const units = JSON.parse(result.stdout).units as Array<{ unit: string; score: string }>
    expect(units.map((unit) => [unit.unit, unit.score])).toEqual([
      ['B', '6'],
      ['A', '5'],
    ])
  })

  it('is loaded from the nearest package.json up from the working directory', async () => {
    const sub = join(installed, 'data')
    mkdirSync(sub, { recursive: true })
    const result = await runCli(['validate', '../acme.methodology.yaml'], { cwd: sub })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('a plugin the project does not declare is never loaded: the error names it, its place and the way out', async () => {
    const result = await runCli(['score', 'acme.methodology.yaml', 'acme.csv'], { cwd: undeclared })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'plugins: the methodology needs the plugin "acme", which is not loaded (at acme.methodology.yaml:6:10)',
    )
    expect(result.stderr).toContain('pnpm add chiso-plugin-acme')
    expect(result.stderr).toContain('--plugin PACKAGE')
    expect(result.stderr).not.toContain('createEngine')
  })

  it('a declared plugin package that is not installed is named at its place, with how to install it', async () => {
    const result = await runCli(['validate', 'acme.methodology.yaml'], { cwd: bare })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('the plugin package "chiso-plugin-acme" is not installed in')
    expect(result.stderr).toContain('acme.methodology.yaml:6:11')
    expect(result.stderr).toContain('pnpm install')
  })

  it('a declared package that provides another plugin is refused at the methodology’s plugins: entry', async () => {
    const dir = project('impostor', { 'chiso-plugin-acme': '0.1.0' }, false)
    const impostor = join(dir, 'node_modules', 'chiso-plugin-acme')
    mkdirSync(impostor, { recursive: true })
    writeFileSync(
      join(impostor, 'package.json'),
      JSON.stringify({ name: 'chiso-plugin-acme', version: '0.1.0', type: 'module', main: 'index.js' }),
    )
    writeFileSync(
      join(impostor, 'index.js'),
      "export default { name: 'other', version: '0.1.0', apiVersion: 1, rules: [] }\n",
    )
    const result = await runCli(['validate', 'acme.methodology.yaml'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'the package "chiso-plugin-acme" provides the plugin "other", not the plugin "acme" the methodology needs (at acme.methodology.yaml:6:11)',
    )
  })

  it('two declared packages that could provide the plugin are refused; --plugin chooses', async () => {
    const refused = await runCli(['validate', 'acme.methodology.yaml'], { cwd: ambiguous })
    expect(refused.code).toBe(1)
    // validate lists a methodology's problems on stdout.
    expect(refused.stdout).toContain(
      'several packages the project declares could provide the plugin "acme": chiso-plugin-acme, @tinh/chiso-plugin-acme',
    )
    const chosen = await runCli(['validate', 'acme.methodology.yaml', '--plugin', 'chiso-plugin-acme'], {
      cwd: ambiguous,
    })
    expect(chosen.code).toBe(0)
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

// The pack test: what users install is the tarball, not the workspace. Every published package is packed
// with `pnpm pack`, the tarballs are npm-installed into a fresh project outside the workspace, and an ESM
// script, a CJS script and the `chiso` binary are run there against a tiny illustrative methodology.
// Needs the built dist/ of every package (the root `pnpm test` builds first); without it the test fails.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSUMER_SPECIFIERS, type ConsumerResult, consumerScript } from './pack/consumer-script.js'
import { consumerEnv, packAndInstall } from './pack/install-tarballs.js'
import { publishedPackages, WORKSPACE_ROOT } from './pack/published-packages.js'

const FIXTURES = fileURLToPath(new URL('./pack/', import.meta.url))
const METHODOLOGY = 'pack-check.methodology.json'
const DATA = 'pack-check.csv'

// By hand from the fixtures: a = 4 (yes) + 5.5, b = 0 (no) + 6, c = 4 + 1, out of 4 + 6.
const RANKING = [
  ['a', '9.5', '10', '95.00', 1],
  ['b', '6', '10', '60.00', 2],
  ['c', '5', '10', '50.00', 3],
]
// The plugin's criterion 3 (max 4) adds half of 8, 2 and 0.
const WITH_PLUGIN = [
  ['a', '13.5', '14'],
  ['b', '7', '14'],
  ['c', '5', '14'],
]

describe('the published packages, packed and installed outside the workspace', () => {
  const packages = publishedPackages()
  // realpath: on some systems the temporary directory is reached through a symbolic link.
  const consumer = realpathSync(mkdtempSync(join(tmpdir(), 'chiso-pack-')))
  const results = new Map<string, ConsumerResult>()

  beforeAll(() => {
    packAndInstall(packages, consumer)
    for (const file of [METHODOLOGY, DATA]) copyFileSync(join(FIXTURES, file), join(consumer, file))
    writeFileSync(join(consumer, 'consumer.mjs'), consumerScript('esm'))
    writeFileSync(join(consumer, 'consumer.cjs'), consumerScript('cjs'))
  }, 180_000)

  afterAll(() => rmSync(consumer, { recursive: true, force: true }))

  function node(args: string[]): string {
    return execFileSync(process.execPath, args, { cwd: consumer, env: consumerEnv(), encoding: 'utf8' })
  }

  it('covers every published package, each checked by publint and attw', () => {
    expect(packages.map((pkg) => pkg.name).sort()).toEqual(
      ['@chiso/adapters', '@chiso/cli', '@chiso/core', '@chiso/scenarios', '@chiso/sdk'].sort(),
    )
    for (const pkg of packages) {
      expect(pkg.scripts['check:package'], pkg.name).toContain('publint --strict')
      expect(pkg.scripts['check:package'], pkg.name).toContain('attw --pack')
    }
    expect(consumer.startsWith(WORKSPACE_ROOT)).toBe(false)
  })

  it.each([
    ['esm', 'consumer.mjs', '.js'],
    ['cjs', 'consumer.cjs', '.cjs'],
  ])(
    'a %s script imports every package from the tarballs and scores, ranks and simulates',
    (kind, script, extension) => {
      const result = JSON.parse(node([script])) as ConsumerResult
      results.set(kind, result)
      expect(Object.keys(result.resolved).sort()).toEqual([...CONSUMER_SPECIFIERS].sort())
      for (const [specifier, path] of Object.entries(result.resolved)) {
        expect(path, specifier).toContain(`${consumer}${sep}node_modules${sep}@chiso${sep}`)
        expect(path, specifier).toContain(`${sep}dist${sep}`)
        expect(extname(path), specifier).toBe(extension)
      }
      expect(result.cells.rejected).toBe(0)
      expect(result.cells.used).toBe(result.cells.total)
      expect(result.ranking).toEqual(RANKING)
      expect(result.withPlugin).toEqual(WITH_PLUGIN)
      expect(result.simulation).toEqual({ runs: 400, matchesExact: true, sameInWorkers: true })
      expect(result.validateCode).toBe(0)
    },
  )

  it('the ESM and CJS builds give the same results', () => {
    const esm = results.get('esm')
    const cjs = results.get('cjs')
    expect(esm).toBeDefined()
    expect({ ...esm, resolved: {} }).toEqual({ ...cjs, resolved: {} })
  })

  it('the installed chiso binary prints its version and scores like the workspace build', () => {
    const chiso = join(consumer, 'node_modules', '.bin', 'chiso')
    const cli = packages.find((pkg) => pkg.name === '@chiso/cli')!
    expect(execFileSync(chiso, ['--version'], { cwd: consumer, env: consumerEnv(), encoding: 'utf8' })).toBe(
      `${cli.version}\n`,
    )
    const args = ['score', METHODOLOGY, DATA, '--format', 'json']
    const installed = spawnSync(chiso, args, { cwd: consumer, env: consumerEnv(), encoding: 'utf8' })
    expect(installed.stderr).toBe('')
    expect(installed.status).toBe(0)
    const card = JSON.parse(installed.stdout) as {
      units: Array<{ unit: string; score: string; max: string; indexDisplay: string; rank: number }>
    }
    expect(card.units.map((u) => [u.unit, u.score, u.max, u.indexDisplay, u.rank])).toEqual(RANKING)
    const workspace = join(cli.dir, cli.bin.chiso!)
    expect(node([workspace, ...args])).toBe(installed.stdout)
  })

  it('the installed chiso binary rejects invalid input with exit code 1', () => {
    writeFileSync(join(consumer, 'broken.methodology.json'), '{ "id": "broken" }\n')
    const chiso = join(consumer, 'node_modules', '.bin', 'chiso')
    const result = spawnSync(chiso, ['validate', 'broken.methodology.json'], {
      cwd: consumer,
      env: consumerEnv(),
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    // The validation report (stdout) locates the problem: the missing `version`, in the file given.
    expect(result.stdout).toContain('version: ')
    expect(result.stdout).toContain('(at broken.methodology.json:')
  })
})

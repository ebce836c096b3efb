// The built `chiso` executable with its code cache (src/startup/): the same bytes out whether the cache is cold,
// warm, off, damaged or unwritable, and nothing printed about it.

import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import * as nodeModule from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ProcessResult, spawnNode } from './helpers.js'

const bin = fileURLToPath(new URL('../dist/bin.cjs', import.meta.url))
const pci = fileURLToPath(new URL('../../../examples/pci-2021/', import.meta.url))
const score = ['score', join(pci, 'pci.methodology.yaml'), join(pci, 'pci-2021.csv')]
const PLUGIN_FIXTURE = fileURLToPath(new URL('./fixtures/plugin-project/', import.meta.url))
// The cache file's header: magic (8 bytes), the source's size and time (16), a SHA-1 (20), the source path's
// length (4); the path follows.
const HEADER = 48

/** Runs the built executable with `env` added (the cache's settings cleared first). */
function chiso(args: string[], env: Record<string, string>, cwd?: string): Promise<ProcessResult> {
  const cleared = { CHISO_DISABLE_COMPILE_CACHE: '', NODE_DISABLE_COMPILE_CACHE: '' }
  return spawnNode(bin, args, { cwd, env: { ...process.env, ...cleared, ...env } })
}

/** The cache files under `directory` (one folder per Node version inside it), by path. */
function cacheFiles(directory: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  if (!existsSync(directory)) return files
  for (const folder of readdirSync(directory))
    for (const name of readdirSync(join(directory, folder))) {
      const path = join(directory, folder, name)
      if (statSync(path).isFile()) files.set(path, readFileSync(path))
    }
  return files
}

/**
 * The cache files by path, each as its SHA-256: vitest compares two buffers of a few hundred KiB element by
 * element (seconds for a whole cache), digests at once.
 */
function digestsOf(files: Map<string, Buffer>): Map<string, string> {
  return new Map([...files].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]))
}

/** Whether `file` in `files` holds exactly `bytes`. */
const holds = (files: Map<string, Buffer>, file: string, bytes: Buffer) =>
  files.get(file)?.equals(bytes) === true

const freshDirectory = (name: string) => mkdtempSync(join(tmpdir(), `chiso-compile-cache-${name}-`))
// Node ≥ 22.1 keeps its own cache (module.enableCompileCache), in its own format: the file checks are for ours.
const ownCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache !== 'function'

describe.runIf(existsSync(bin))('the code cache of the built executable', () => {
  let disabled: ProcessResult
  beforeAll(async () => {
    disabled = await chiso(score, { CHISO_DISABLE_COMPILE_CACHE: '1' })
    expect(disabled.code).toBe(0)
    expect(disabled.stderr).toBe('')
  })

  it('prints the same bytes with the cache cold, warm and off, and writes it once', async () => {
    const cache = join(freshDirectory('warm'), 'cache')
    const off = freshDirectory('off')
    const cold = await chiso(score, { CHISO_COMPILE_CACHE: cache })
    const written = cacheFiles(cache)
    const warm = await chiso(score, { CHISO_COMPILE_CACHE: cache })
    const notUsed = await chiso(score, { CHISO_COMPILE_CACHE: off, CHISO_DISABLE_COMPILE_CACHE: '1' })
    for (const run of [cold, warm, notUsed]) expect(run).toEqual(disabled)
    expect(cacheFiles(off).size).toBe(0)
    if (!ownCache) return
    expect(written.size).toBeGreaterThan(3)
    // A warm run finds every module's data usable, so it writes nothing.
    expect(digestsOf(cacheFiles(cache))).toEqual(digestsOf(written))
  })

  it.runIf(ownCache)(
    'rejects damaged, truncated and mismatched cache files silently and rewrites them',
    async () => {
      const cache = freshDirectory('damaged')
      await chiso(score, { CHISO_COMPILE_CACHE: cache })
      const good = cacheFiles(cache)
      const [first, second, third, ...rest] = [...good.entries()].sort((a, b) => b[1].length - a[1].length)
      if (first === undefined || second === undefined || third === undefined) throw new Error('too few files')
      // A byte of the data flipped (the recorded SHA-1 no longer matches), a file cut short, and the valid data of
      // another module under the right stamp (it names another source).
      const flipped = Buffer.from(first[1])
      const middle = HEADER + Math.floor((flipped.length - HEADER) / 2)
      flipped[middle] = (flipped[middle] ?? 0) ^ 0xff
      writeFileSync(first[0], flipped)
      writeFileSync(second[0], second[1].subarray(0, second[1].length / 2))
      const planted = Buffer.concat([third[1].subarray(0, 24), first[1].subarray(24)])
      writeFileSync(third[0], planted)
      const run = await chiso(score, { CHISO_COMPILE_CACHE: cache })
      expect(run).toEqual(disabled)
      const rewritten = cacheFiles(cache)
      for (const [file] of [first, second, third]) {
        const bytes = rewritten.get(file)
        expect(bytes?.subarray(0, 24)).toEqual(good.get(file)?.subarray(0, 24))
        expect(bytes?.length).toBeGreaterThan(HEADER)
      }
      // (V8 in Node 20 does not check the data's own checksum: without the recorded SHA-1 the flipped byte went
      // unnoticed, and the file was kept — this test failed that way.)
      expect(holds(rewritten, first[0], flipped)).toBe(false)
      expect(holds(rewritten, second[0], second[1].subarray(0, second[1].length / 2))).toBe(false)
      expect(holds(rewritten, third[0], planted)).toBe(false)
      for (const [file, bytes] of rest) expect(holds(rewritten, file, bytes)).toBe(true)
      // and the rewritten files are used: the next run writes nothing.
      expect(await chiso(score, { CHISO_COMPILE_CACHE: cache })).toEqual(disabled)
      expect(digestsOf(cacheFiles(cache))).toEqual(digestsOf(rewritten))
    },
  )

  it.runIf(ownCache)('removes the files of an older build when it writes, and keeps the rest', async () => {
    const cache = freshDirectory('older-build')
    await chiso(score, { CHISO_COMPILE_CACHE: cache })
    const written = cacheFiles(cache)
    const [someFile] = written.keys()
    if (someFile === undefined) throw new Error('nothing written')
    const folder = join(someFile, '..')
    // An older chiso's file, a file whose source a rebuild replaced (its header names a chunk that is gone), and
    // a temporary file another process is writing now.
    const older = join(folder, 'f'.repeat(40))
    writeFileSync(older, Buffer.concat([Buffer.from('chisocc1'), Buffer.alloc(100)]))
    const replaced = join(folder, 'e'.repeat(40))
    const bytes = written.get(someFile) ?? Buffer.alloc(0)
    const path = Buffer.from(join(folder, 'chunk-OF-A-GONE-BUILD.cjs'))
    const length = Buffer.alloc(4)
    length.writeUInt32LE(path.length)
    writeFileSync(replaced, Buffer.concat([bytes.subarray(0, 44), length, path, Buffer.from('data')]))
    const beingWritten = join(folder, `${'d'.repeat(40)}.999.tmp`)
    writeFileSync(beingWritten, 'half')
    // A warm run writes nothing, so it looks at nothing either.
    await chiso(score, { CHISO_COMPILE_CACHE: cache })
    expect(existsSync(older) && existsSync(replaced)).toBe(true)
    // A run that has one module to compile (its file removed) writes it, and then tidies the folder.
    rmSync(someFile)
    expect(await chiso(score, { CHISO_COMPILE_CACHE: cache })).toEqual(disabled)
    expect([...cacheFiles(cache).keys()].sort()).toEqual([...written.keys(), beingWritten].sort())
  })

  it('runs as without a cache where it cannot be read or written, or is not private', async () => {
    const base = freshDirectory('unwritable')
    const file = join(base, 'a-file')
    writeFileSync(file, '')
    const shared = join(base, 'shared')
    mkdirSync(shared)
    chmodSync(shared, 0o777)
    for (const cache of [join(file, 'cache'), shared])
      expect(await chiso(score, { CHISO_COMPILE_CACHE: cache })).toEqual(disabled)
    if (!ownCache) return
    expect(readdirSync(shared)).toEqual([])
    // Every cache file's place taken by a folder: nothing can be read, no file renamed into place.
    const blocked = freshDirectory('blocked')
    await chiso(score, { CHISO_COMPILE_CACHE: blocked })
    for (const path of cacheFiles(blocked).keys()) {
      rmSync(path)
      mkdirSync(join(path, 'inside'), { recursive: true })
    }
    expect(await chiso(score, { CHISO_COMPILE_CACHE: blocked })).toEqual(disabled)
    const folder = join(blocked, readdirSync(blocked)[0] ?? '')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('loads an ES module plugin with a warm cache', async () => {
    const project = freshDirectory('plugin')
    for (const name of ['acme.methodology.yaml', 'acme.csv'])
      cpSync(join(PLUGIN_FIXTURE, name), join(project, name))
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ dependencies: { 'chiso-plugin-acme': '0.1.0' } }),
    )
    mkdirSync(join(project, 'node_modules'))
    symlinkSync(
      join(PLUGIN_FIXTURE, 'packages', 'chiso-plugin-acme'),
      join(project, 'node_modules', 'chiso-plugin-acme'),
    )
    const args = ['score', 'acme.methodology.yaml', 'acme.csv', '--plugin', 'chiso-plugin-acme', '--json']
    const cache = freshDirectory('plugin-cache')
    const runs = [
      await chiso(args, { CHISO_DISABLE_COMPILE_CACHE: '1' }, project),
      await chiso(args, { CHISO_COMPILE_CACHE: cache }, project),
      await chiso(args, { CHISO_COMPILE_CACHE: cache }, project),
    ]
    expect(runs[0]?.code).toBe(0)
    expect(runs[0]?.stderr).toBe('')
    expect(JSON.parse(runs[0]?.stdout ?? '').units).toHaveLength(2)
    for (const run of runs) expect(run).toEqual(runs[0])
  })

  it('runs commands that start worker threads the same with a warm cache', async () => {
    const cache = freshDirectory('workers')
    const simulate = [
      'simulate',
      ...score.slice(1),
      '--runs',
      '200',
      '--seed',
      '7',
      '--workers',
      '2',
      '--json',
    ]
    const timed = [...score, '--timeout', '60']
    // The first run writes the cache (a cold run prints what a run without one does: the first test), the
    // second runs from it.
    for (const args of [simulate, timed]) {
      const cold = await chiso(args, { CHISO_COMPILE_CACHE: cache })
      expect(cold.code).toBe(0)
      expect(cold.stderr).toBe('')
      expect(cold.stdout).not.toBe('')
      expect(await chiso(args, { CHISO_COMPILE_CACHE: cache })).toEqual(cold)
    }
  })
})

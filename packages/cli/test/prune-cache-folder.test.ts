// The code cache's housekeeping (src/startup/prune-cache-folder.ts): files no source needs are removed,
// everything still usable, just written or not ours to judge is kept.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCachedData, stampOf, writeCachedData } from '../src/startup/cache-file.js'
import { pruneCacheFolder } from '../src/startup/prune-cache-folder.js'

const DATA = Buffer.from('V8 data stand-in')

/** A folder with a source file `name` in it, and its cache folder. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'chiso-prune-'))
  const cache = join(root, 'cache')
  mkdirSync(cache)
  const source = (name: string, text = 'module.exports = 1') => {
    const path = join(root, name)
    writeFileSync(path, text)
    return path
  }
  /** Writes a cache file `name` for `path` as it is now. */
  const entry = (name: string, path: string) => {
    const stamp = stampOf(path)
    if (stamp === undefined) throw new Error(`no source ${path}`)
    writeCachedData(join(cache, name), path, stamp, DATA)
    return join(cache, name)
  }
  return { root, cache, source, entry }
}

describe('pruneCacheFolder', () => {
  it('keeps the files of unchanged sources, removes those of sources gone or changed', () => {
    const { cache, source, entry } = project()
    const unchanged = source('unchanged.cjs')
    const kept = entry('kept', unchanged)
    const rewritten = source('rewritten.cjs')
    entry('rewritten', rewritten)
    writeFileSync(rewritten, 'rebuilt: another size')
    const touched = source('touched.cjs')
    entry('touched', touched)
    utimesSync(touched, 1, 1) // the same bytes, another modification time
    const removed = source('removed.cjs')
    entry('removed', removed)
    rmSync(removed)
    pruneCacheFolder(cache, new Set())
    expect(readdirSync(cache)).toEqual(['kept'])
    expect(readCachedData(kept, unchanged, stampOf(unchanged) ?? Buffer.alloc(0))).toEqual(DATA)
  })

  it("removes an older format's files and damaged headers, and keeps the ones just written", () => {
    const { cache, source, entry } = project()
    writeFileSync(join(cache, 'older-format'), Buffer.concat([Buffer.from('chisocc1'), Buffer.alloc(60)]))
    writeFileSync(entry('cut-short', source('cut.cjs')), Buffer.from('chisocc2'))
    writeFileSync(join(cache, 'empty'), '')
    const just = source('just.cjs')
    const justWritten = entry('just-written', just)
    writeFileSync(just, 'changed since, yet not looked at')
    pruneCacheFolder(cache, new Set([justWritten]))
    expect(readdirSync(cache)).toEqual(['just-written'])
  })

  it('removes temporary files abandoned an hour ago, not those being written, and leaves folders alone', () => {
    const { cache } = project()
    const now = Date.now()
    writeFileSync(join(cache, 'abandoned.41.tmp'), 'half a file')
    const anHourAndMore = (now - 61 * 60 * 1000) / 1000
    utimesSync(join(cache, 'abandoned.41.tmp'), anHourAndMore, anHourAndMore)
    writeFileSync(join(cache, 'being-written.42.tmp'), 'half a file')
    mkdirSync(join(cache, 'a-folder'))
    pruneCacheFolder(cache, new Set(), now)
    expect(readdirSync(cache).sort()).toEqual(['a-folder', 'being-written.42.tmp'])
  })

  it('does nothing when the folder cannot be read', () => {
    const { root: base } = project()
    expect(() => pruneCacheFolder(join(base, 'missing'), new Set())).not.toThrow()
  })
})

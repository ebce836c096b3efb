// Removing what a code cache folder no longer needs: every build of the CLI names its chunks after their
// content, so each upgrade (or each build, for a developer) would otherwise leave its predecessor's files behind.
import { lstatSync, readdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { sourceOfCacheFile, stampOf } from './cache-file.js'

// A temporary file older than this was left by a process that died while writing it; a younger one may still
// be in the middle of its write.
const ABANDONED_AFTER_MS = 60 * 60 * 1000

/**
 * Removes from the cache folder `folder` every file that can no longer be used: one whose source file is gone
 * or has changed since (its size or modification time differs), one not of the current format (an older
 * chiso's, or damaged), and temporary files abandoned by a process that died while writing. The files in
 * `keep` (those this process has just written) are not looked at; folders and other entries are left alone,
 * and every error is ignored (a file not removed now is removed by a later run).
 *
 * Run only when a process has written to the cache, so that a run from a warm cache costs nothing.
 *
 * @param folder a folder of cache files (one Node version's)
 * @param keep the paths of the files not to look at
 * @param now the time to judge temporary files by, in milliseconds since the epoch
 * @example
 * ```ts
 * pruneCacheFolder(folder, new Set(writtenFiles))
 * ```
 */
export function pruneCacheFolder(folder: string, keep: ReadonlySet<string>, now = Date.now()): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    const file = join(folder, name)
    if (keep.has(file)) continue
    try {
      const stats = lstatSync(file)
      if (!stats.isFile()) continue
      const unusable = name.endsWith('.tmp') ? now - stats.mtimeMs > ABANDONED_AFTER_MS : isStale(file)
      if (unusable) unlinkSync(file)
    } catch {
      // Removed by another process meanwhile, or not removable: left for a later run.
    }
  }
}

/** Whether the cache file `file` is of another format, or its source is gone or has changed. */
function isStale(file: string): boolean {
  const made = sourceOfCacheFile(file)
  if (made === undefined) return true
  const now = stampOf(made.source)
  return now === undefined || !now.equals(made.stamp)
}

// A V8 code cache for CommonJS modules on Node < 22.1, which has none of its own (see installScriptCache).
import { createHash } from 'node:crypto'
import { mkdirSync, statSync } from 'node:fs'
import Module from 'node:module'
import { dirname, join, sep } from 'node:path'
import { Script } from 'node:vm'
import { readCachedData, stampOf, writeCachedData } from './cache-file.js'
import { pruneCacheFolder } from './prune-cache-folder.js'

/** What of Node's CommonJS loader the cache uses: documented in Node's source, not in its types. */
interface LoadedModule {
  exports: unknown
  require(id: string): unknown
}
interface ModuleLoader {
  prototype: { _compile(this: LoadedModule, content: string, filename: string): unknown }
  wrap(script: string): string
  _resolveFilename(request: string, parent: LoadedModule, isMain: boolean, options?: unknown): string
  _resolveLookupPaths(request: string, parent: LoadedModule): string[] | null
  _extensions: unknown
  _cache: unknown
}

// Code that calls import() cannot run from a vm.Script in Node 20 (the call would throw): such a module is
// compiled by Node as before. The CLI's own chunks have their import() calls replaced at build time.
const IMPORT_CALL = /\bimport\s*\(/
// The one file of the CLI's own that keeps its import() (written by the build, see @chiso/build-config).
const IMPORT_NATIVELY = 'import-natively.cjs'

/** A module compiled without usable cached data: its data is written when the process exits. */
interface Pending {
  readonly script: Script
  readonly file: string
  readonly source: string
  readonly stamp: Buffer
}

/**
 * Compiles the CommonJS modules loaded from here on with `vm.Script` and V8's cached data kept in
 * `directory` (a folder per Node version and architecture inside it), and writes the data of each module
 * that had none, or whose data V8 rejected, when the process exits (each file written whole, then renamed into
 * place). A cache file is used only if it names the source's path, size and modification time and its data has
 * the SHA-1 it records; V8 itself rejects data made by another V8 or other flags, or for another source length.
 * A process that wrote to the cache also removes the files no source needs any more ({@link pruneCacheFolder}).
 * The directory is used only if it belongs to the user running and nobody else can write to it: the cache
 * holds code that is run. Every file system error leaves the module compiled as without a cache; nothing is
 * printed, and the exit code is not changed.
 *
 * Modules whose code contains `import(` are left to Node (a script compiled by `node:vm` cannot call
 * `import()` in Node 20 without an experimental flag), except the CLI's own chunks in `ownDirectory`, whose
 * `import()` calls the build replaced (`cjsWithoutImports` in @chiso/build-config).
 *
 * @param directory the cache's root folder (created when first written)
 * @param ownDirectory the folder of the CLI's built files
 * @example
 * ```ts
 * installScriptCache(defaultCacheDirectory(), __dirname)
 * require('./main.cjs') // compiled from the cache from the second run on
 * ```
 */
export function installScriptCache(directory: string, ownDirectory: string): void {
  // With source maps on, Node maps stack traces of the modules it compiles itself: leave them to it.
  if ((process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true) return
  const folder = join(directory, `${process.version}-${process.arch}`)
  if (!isPrivateFolder(folder)) return
  const loader = Module as unknown as ModuleLoader
  const compile = loader.prototype._compile
  const own = ownDirectory.endsWith(sep) ? ownDirectory : ownDirectory + sep
  const pending: Pending[] = []
  loader.prototype._compile = function (this: LoadedModule, content: string, filename: string) {
    const cacheable = filename.startsWith(own)
      ? !filename.endsWith(IMPORT_NATIVELY)
      : !IMPORT_CALL.test(content)
    if (!cacheable) return compile.call(this, content, filename)
    const file = join(folder, createHash('sha1').update(filename).digest('hex'))
    const stamp = stampOf(filename)
    const cachedData = stamp === undefined ? undefined : readCachedData(file, filename, stamp)
    // A shebang line is not JavaScript inside the wrapper: blanked, so line numbers stay.
    const source = content.startsWith('#!') ? content.replace(/^#!.*/, '') : content
    const script = new Script(loader.wrap(source), { filename, cachedData })
    if (stamp !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
      pending.push({ script, file, source: filename, stamp })
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown
    return wrapper.call(
      this.exports,
      this.exports,
      requireOf(this, loader),
      this,
      filename,
      dirname(filename),
    )
  }
  process.once('exit', () => {
    if (pending.length === 0) return
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 })
    } catch {
      return
    }
    for (const { script, file, source, stamp } of pending)
      writeCachedData(file, source, stamp, script.createCachedData())
    // A run that had to compile something is usually the first after an upgrade or a build: the time to drop
    // the files of the chunks that build replaced.
    pruneCacheFolder(folder, new Set(pending.map(({ file }) => file)))
  })
}

/** `require` for a module's code, as Node makes it (`makeRequireFunction` in Node's loader). */
function requireOf(module: LoadedModule, loader: ModuleLoader): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require
  const resolve = ((request: string, options?: unknown) =>
    loader._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve
  resolve.paths = (request: string) => loader._resolveLookupPaths(request, module)
  require.resolve = resolve
  require.main = process.mainModule
  require.extensions = loader._extensions as NodeJS.Require['extensions']
  require.cache = loader._cache as NodeJS.Require['cache']
  return require
}

/** True when `folder` is missing or belongs to this user and only this user can write to it. */
function isPrivateFolder(folder: string): boolean {
  if (typeof process.getuid !== 'function') return true // Windows: the temporary folder is the user's own
  for (const path of [dirname(folder), folder]) {
    try {
      const stats = statSync(path)
      if (stats.uid !== process.getuid() || (stats.mode & 0o022) !== 0) return false
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false
    }
  }
  return true
}

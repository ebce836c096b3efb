import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ChisoError, type ChisoIssue, isChisoError, type Plugin, validatePlugin } from '@chiso/core'
import { PLUGINS_MESSAGES } from '../messages/plugins.js'

/**
 * Loads plugin packages by name, resolved from `cwd` the way `node` resolves a dependency of the project
 * there. A package that is not installed, that fails to load, or that exports no valid plugin is a
 * `ChisoError` (`PLUGIN_MISSING`, `INVALID_PLUGIN`) naming the package and how to install it.
 *
 * @example
 * ```ts
 * const [acme] = await loadPlugins(['chiso-plugin-acme'], process.cwd())
 * acme.name // 'acme'
 * ```
 */
export async function loadPlugins(names: ReadonlyArray<string>, cwd: string): Promise<Plugin[]> {
  const words = PLUGINS_MESSAGES.en
  const plugins: Plugin[] = []
  for (const name of names) {
    const entry = resolvePackage(name, cwd)
    if (entry === undefined)
      throw new ChisoError('PLUGIN_MISSING', words.notInstalled(name, cwd), {
        issues: [{ message: words.notInstalled(name, cwd), hint: words.install(name) }],
      })
    let module: Record<string, unknown>
    try {
      module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new ChisoError('INVALID_PLUGIN', words.unloadable(name, reason), {
        issues: [{ message: words.unloadable(name, reason) }],
      })
    }
    const plugin = pluginOf(module)
    if (plugin === undefined)
      throw new ChisoError('INVALID_PLUGIN', words.noPlugin(name), {
        issues: [{ message: words.noPlugin(name), hint: words.noPluginHint }],
      })
    try {
      validatePlugin(plugin)
    } catch (error) {
      if (!isChisoError(error)) throw error
      throw new ChisoError('INVALID_PLUGIN', words.invalid(name, error.message), {
        issues: [{ message: words.invalid(name, error.message) }],
      })
    }
    plugins.push(plugin)
  }
  return plugins
}

/** The file `import` would load for a package, resolved from `cwd`; `undefined` when it is not installed. */
function resolvePackage(name: string, cwd: string): string | undefined {
  const require = createRequire(join(cwd, 'package.json'))
  try {
    return require.resolve(name)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined
  }
  // An ESM-only package (`exports` with an `import` condition only): find its folder and read its entry.
  for (let dir = cwd; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json')
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown }
      const entry = importEntry(pkg.exports)
      return entry === undefined ? undefined : join(dirname(manifest), entry)
    }
    if (dirname(dir) === dir) return undefined
  }
}

function importEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports
  if (exports === null || typeof exports !== 'object') return undefined
  const map = exports as Record<string, unknown>
  const root = '.' in map ? map['.'] : map
  if (typeof root === 'string') return root
  if (root === null || typeof root !== 'object') return undefined
  const conditions = root as Record<string, unknown>
  for (const key of ['import', 'node', 'default']) {
    const found = importEntry(conditions[key])
    if (found !== undefined) return found
  }
  return undefined
}

const isPlugin = (value: unknown): value is Plugin =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Plugin).name === 'string' &&
  typeof (value as Plugin).apiVersion === 'number'

/** The module's plugin: its default export, else its only exported plugin. */
function pluginOf(module: Record<string, unknown>): Plugin | undefined {
  const fallback = module.default as Record<string, unknown> | undefined
  if (isPlugin(fallback)) return fallback
  if (fallback !== null && typeof fallback === 'object' && isPlugin(fallback.default)) return fallback.default
  const named = Object.values(module).filter(isPlugin)
  return named.length === 1 ? named[0] : undefined
}

/**
 * Rewrites a compile error about a plugin the methodology needs but that is not loaded (`PLUGIN_MISSING`) in
 * the CLI's terms: which plugin, and that `--plugin PACKAGE` loads it — naming the project's dependency that
 * looks like it when there is one. Other errors are returned as they are.
 *
 * @example
 * ```ts
 * explainMissingPlugin(error, cwd).issues[0]?.hint // 'add --plugin chiso-plugin-acme'
 * ```
 */
export function explainMissingPlugin(error: ChisoError, cwd: string): ChisoError {
  // Core speaks to library users ("not passed to createEngine"); a CLI user loads plugins with --plugin.
  const speaksOfEngine = (issue: ChisoIssue) => /createEngine/.test(`${issue.message} ${issue.hint ?? ''}`)
  if (!error.issues.some(speaksOfEngine)) return error
  const words = PLUGINS_MESSAGES.en
  const dependencies = projectDependencies(cwd)
  const issues: ChisoIssue[] = error.issues.map((issue) => {
    const namespace = /plugin "([^"]+)"/.exec(issue.message)?.[1]
    if (!speaksOfEngine(issue) || namespace === undefined) return issue
    const candidate = dependencies.find(
      (dependency) => dependency === namespace || new RegExp(`(^|[/-])${namespace}$`).test(dependency),
    )
    const { hint: _hint, ...rest } = issue
    return {
      ...rest,
      message: words.missing(namespace),
      hint: candidate === undefined ? words.anyPackage : words.missingHint(`--plugin ${candidate}`),
    }
  })
  return new ChisoError(error.code, error.message, { issues, ...(error.path ? { path: error.path } : {}) })
}

/** The names of the dependencies the project in `cwd` declares (none when it has no package.json). */
function projectDependencies(cwd: string): string[] {
  const manifest = join(cwd, 'package.json')
  if (!existsSync(manifest)) return []
  try {
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >
    return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]
  } catch {
    return []
  }
}

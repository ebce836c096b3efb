import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  ChisoError,
  errorReasonOf,
  isChisoError,
  type Plugin,
  validatePlugin,
  withErrorReason,
} from '@chiso/core'
import { PLUGINS_MESSAGES } from '../messages/plugins.js'
import { locateInDocument } from './located-error.js'
import type { ProjectPluginsNeeded } from './project-plugins.js'

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
        issues: [
          withErrorReason(
            { message: words.notInstalled(name, cwd), hint: words.install(name) },
            { code: 'plugin.not-installed', params: { name, cwd }, hint: 'plugin.install' },
          ),
        ],
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
        issues: [
          withErrorReason(
            { message: words.noPlugin(name), hint: words.noPluginHint },
            { code: 'plugin.no-plugin', params: { name }, hint: 'plugin.no-plugin-hint' },
          ),
        ],
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
 * Loads the plugins a methodology's `plugins:` named and the project declares (see `requestProjectPlugins`),
 * each from the project's folder. Each package must provide the plugin it was loaded for; a package that is
 * declared but not installed, cannot be loaded or provides another plugin is a `ChisoError` located at its
 * entry in the methodology's `plugins:`.
 *
 * @example
 * ```ts
 * try { compileDocument(document, {}, loaded, cwd) } catch (error) {
 *   if (error instanceof ProjectPluginsNeeded) loaded.push(...(await loadProjectPlugins(error)))
 * }
 * ```
 */
export async function loadProjectPlugins(request: ProjectPluginsNeeded): Promise<Plugin[]> {
  const words = PLUGINS_MESSAGES.en
  const plugins: Plugin[] = []
  for (const { namespace, packageName, index } of request.plugins) {
    const at = (error: ChisoError, hint?: string) => {
      const [first] = error.issues
      const message = first?.message ?? error.message
      const issue = { path: ['plugins', index], message, hint: hint ?? first?.hint }
      // The issue keeps the loading error's reason code; a hint given here is said by its own sentence.
      const reason = first === undefined ? undefined : errorReasonOf(first)
      withErrorReason(
        issue,
        reason && (hint === undefined ? reason : { ...reason, hint: 'plugin.install-declared' }),
      )
      return locateInDocument(new ChisoError(error.code, message, { issues: [issue] }), request.document)
    }
    let plugin: Plugin | undefined
    try {
      ;[plugin] = await loadPlugins([packageName], request.project.dir)
    } catch (error) {
      if (!isChisoError(error)) throw error
      // Declared but not in node_modules: the project's dependencies are not installed.
      throw at(error, error.code === 'PLUGIN_MISSING' ? words.installDeclared : undefined)
    }
    if (plugin === undefined) continue
    if (plugin.name !== namespace) {
      const message = words.otherPlugin(packageName, plugin.name, namespace)
      throw at(new ChisoError('INVALID_PLUGIN', message, { issues: [{ message }] }))
    }
    plugins.push(plugin)
  }
  return plugins
}

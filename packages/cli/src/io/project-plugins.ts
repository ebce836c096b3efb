import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ChisoError, type Plugin } from '@chiso/core'
import { PLUGINS_MESSAGES } from '../messages/plugins.js'
import { locateInDocument } from './located-error.js'
import type { ReadDocument } from './read-document.js'

// The trust rule (docs/security.md): a methodology is data, so its `plugins:` can only *select* code the user
// already chose — a package the project declares in its package.json and installed. It names namespaces, never
// packages or paths; namespace `acme` maps only to a declared `chiso-plugin-acme` or `@scope/chiso-plugin-acme`.

/**
 * The project a command runs in: the folder of the nearest package.json from the working directory, and the
 * packages it declares (`dependencies`, `devDependencies`, `optionalDependencies`).
 *
 * @example
 * ```ts
 * const project: Project = { dir: '/srv/tinh', dependencies: ['chiso-plugin-acme'] }
 * ```
 */
export interface Project {
  /** The folder that holds the package.json; plugins are resolved from its `node_modules`. */
  dir: string
  /** The names of the packages it declares. */
  dependencies: string[]
}

/**
 * Finds the project a command runs in: the nearest package.json from `cwd` upwards. `undefined` when there is
 * none; a package.json that is not valid JSON declares nothing.
 *
 * @example
 * ```ts
 * nearestProject('/srv/tinh/data')?.dir // '/srv/tinh' (it holds the package.json)
 * ```
 */
export function nearestProject(cwd: string): Project | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) return { dir, dependencies: declaredPackages(manifest) }
    if (dirname(dir) === dir) return undefined
  }
}

function declaredPackages(manifest: string): string[] {
  try {
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>
    const names = (field: string) => {
      const map = pkg[field]
      return map !== null && typeof map === 'object' ? Object.keys(map) : []
    }
    return [...names('dependencies'), ...names('devDependencies'), ...names('optionalDependencies')]
  } catch {
    return []
  }
}

/**
 * The declared packages that provide plugin `namespace` by name: `chiso-plugin-NAMESPACE`, scoped or not.
 *
 * @example
 * ```ts
 * pluginPackagesFor('acme', ['zod', 'chiso-plugin-acme', '@tinh/chiso-plugin-acme'])
 * // ['chiso-plugin-acme', '@tinh/chiso-plugin-acme']
 * ```
 */
export function pluginPackagesFor(namespace: string, dependencies: ReadonlyArray<string>): string[] {
  const unscoped = `chiso-plugin-${namespace}`
  return dependencies.filter((name) => name === unscoped || name.endsWith(`/${unscoped}`))
}

/** One plugin a methodology names, the declared package that provides it, and where the methodology names it. */
export interface RequestedPlugin {
  namespace: string
  packageName: string
  /** Index in the methodology's `plugins:` list. */
  index: number
}

/**
 * Thrown while compiling when a methodology's `plugins:` names plugins that are not loaded but that the
 * project declares: `run` loads them (an `import`, which compiling cannot wait for) and runs the command
 * again. Not a `ChisoError`: commands let it through like any error they do not handle.
 *
 * @example
 * ```ts
 * try { compileDocument(document, {}, [], cwd) } catch (error) {
 *   if (error instanceof ProjectPluginsNeeded) error.plugins // [{ namespace: 'acme', packageName: 'chiso-plugin-acme', index: 0 }]
 * }
 * ```
 */
export class ProjectPluginsNeeded extends Error {
  constructor(
    readonly project: Project,
    readonly plugins: ReadonlyArray<RequestedPlugin>,
    readonly document: Pick<ReadDocument, 'file' | 'locate'>,
  ) {
    super(`plugins to load: ${plugins.map((plugin) => plugin.packageName).join(', ')}`)
    this.name = 'ProjectPluginsNeeded'
  }
}

/**
 * Checks a methodology document's `plugins:` against the plugins loaded: each one missing that the project
 * declares (see {@link pluginPackagesFor}) is requested by throwing {@link ProjectPluginsNeeded}; a namespace
 * two declared packages could provide is a located `PLUGIN_MISSING`. One that no declared package provides is
 * left to compiling, which reports it (`PLUGIN_MISSING`). Reads package.json only when a plugin is missing.
 *
 * @example
 * ```ts
 * requestProjectPlugins(readDocument('acme.methodology.yaml', cwd), loaded, cwd)
 * // throws ProjectPluginsNeeded for chiso-plugin-acme when the project declares it and it is not loaded
 * ```
 */
export function requestProjectPlugins(
  document: ReadDocument,
  loaded: ReadonlyArray<Plugin>,
  cwd: string,
): void {
  const named = (document.value as { plugins?: unknown } | null)?.plugins
  if (!Array.isArray(named)) return
  const have = new Set(loaded.map((plugin) => plugin.name))
  // A malformed entry is left to the schema, which reports it with its path.
  const missing = named
    .map((namespace, index) => ({ namespace, index }))
    .filter((entry): entry is { namespace: string; index: number } => typeof entry.namespace === 'string')
    .filter((entry) => entry.namespace !== 'chiso' && !have.has(entry.namespace))
  if (missing.length === 0) return
  const project = nearestProject(cwd)
  if (project === undefined) return
  const requested: RequestedPlugin[] = []
  for (const { namespace, index } of missing) {
    const packages = pluginPackagesFor(namespace, project.dependencies)
    if (packages.length > 1) {
      const words = PLUGINS_MESSAGES.en
      const message = words.ambiguous(namespace, packages.join(', '))
      throw locateInDocument(
        new ChisoError('PLUGIN_MISSING', message, {
          issues: [{ path: ['plugins', index], message, hint: words.ambiguousHint }],
        }),
        document,
      )
    }
    const [packageName] = packages
    if (packageName !== undefined) requested.push({ namespace, packageName, index })
  }
  if (requested.length > 0) throw new ProjectPluginsNeeded(project, requested, document)
}

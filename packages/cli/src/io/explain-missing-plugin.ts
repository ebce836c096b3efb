import { ChisoError, type ChisoIssue } from '@chiso/core'
import { PLUGINS_MESSAGES } from '../messages/plugins.js'
import { nearestProject, pluginPackagesFor } from './project-plugins.js'

/**
 * Rewrites a compile error about a plugin the methodology needs but that is not loaded (`PLUGIN_MISSING`) in
 * the CLI's terms: which plugin, and how to have it loaded — declare its package in the project (chiso then
 * loads it) or pass `--plugin PACKAGE`, naming the project's dependency that looks like it when there is one.
 * Other errors are returned as they are.
 *
 * @example
 * ```ts
 * explainMissingPlugin(error, cwd).issues[0]?.hint
 * // 'install the package that provides it as a dependency of this project (pnpm add chiso-plugin-acme) …'
 * ```
 */
export function explainMissingPlugin(error: ChisoError, cwd: string): ChisoError {
  // Core speaks to library users ("not passed to createEngine"); a CLI user declares the package or passes --plugin.
  const speaksOfEngine = (issue: ChisoIssue) => /createEngine/.test(`${issue.message} ${issue.hint ?? ''}`)
  if (!error.issues.some(speaksOfEngine)) return error
  const words = PLUGINS_MESSAGES.en
  const dependencies = nearestProject(cwd)?.dependencies ?? []
  const issues: ChisoIssue[] = error.issues.map((issue) => {
    const namespace = /plugin "([^"]+)"/.exec(issue.message)?.[1]
    if (!speaksOfEngine(issue) || namespace === undefined) return issue
    // A dependency named like the plugin without following chiso-plugin-NAME is not loaded by itself.
    const lookalike = dependencies.find(
      (dependency) =>
        pluginPackagesFor(namespace, [dependency]).length === 0 &&
        (dependency === namespace || new RegExp(`(^|[/-])${namespace}$`).test(dependency)),
    )
    const { hint: _hint, ...rest } = issue
    return {
      ...rest,
      message: words.missing(namespace),
      hint:
        lookalike === undefined ? words.declareOrPass(namespace) : words.missingHint(`--plugin ${lookalike}`),
    }
  })
  return new ChisoError(error.code, error.message, { issues, ...(error.path ? { path: error.path } : {}) })
}

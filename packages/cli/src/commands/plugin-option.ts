import { type Command, InvalidArgumentError, Option } from 'commander'
import { HELP_MESSAGES } from '../messages/help.js'
import { PLUGINS_MESSAGES } from '../messages/plugins.js'
import type { CommandContext } from './context.js'

// Loading plugins needs the engine; it is imported only when --plugin is given, so building the program stays light.

// An npm package name (scoped or not), nothing that could be a path: plugins are named, never located.
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/

/**
 * Parses one `--plugin NAME` (repeatable): a package name, never a path — a usage error otherwise.
 *
 * @example
 * ```ts
 * pluginNameOption('chiso-plugin-acme', undefined) // ['chiso-plugin-acme']
 * pluginNameOption('./acme.js', undefined)         // throws InvalidArgumentError
 * ```
 */
export function pluginNameOption(text: string, previous: string[] | undefined): string[] {
  if (!PACKAGE_NAME.test(text)) throw new InvalidArgumentError(PLUGINS_MESSAGES.en.notAPackage(text))
  return [...(previous ?? []), text]
}

/**
 * Adds the global `--plugin NAME` option (repeatable): before any command runs, each named package is loaded
 * from the project in the working directory (its `node_modules`, as `node` would find it from there), and every
 * methodology the command loads is compiled with those plugins and those `run` loaded because a methodology's
 * `plugins:` named them and the project declares them.
 *
 * @example
 * ```ts
 * addPluginOption(program, context)
 * // chiso score acme.methodology.yaml data.csv --plugin chiso-plugin-acme
 * ```
 */
export function addPluginOption(program: Command, context: CommandContext): Command {
  return program
    .addOption(
      new Option('--plugin <package>', HELP_MESSAGES[context.language ?? 'en'].plugin).argParser(
        pluginNameOption,
      ),
    )
    .hook('preAction', async () => {
      const names = program.opts().plugin as string[] | undefined
      const named =
        names === undefined
          ? []
          : await (await import('../io/load-plugins.js')).loadPlugins(names, context.io.cwd)
      const plugins = [...named, ...(context.projectPlugins ?? [])]
      if (plugins.length === 0) return
      context.limits = { ...(context.limits ?? { engine: {} }), plugins }
    })
}

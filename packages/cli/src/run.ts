// `run`: the `chiso` command line in-process. Kept apart from index.ts (the package's other exports) so the
// executable loads only what a run needs: the program, and the one command the arguments name.
import type { Plugin } from '@chiso/core'
import { CommanderError } from 'commander'
import type { CliIO } from './cli-io.js'
import type { CommandContext } from './commands/context.js'
import { EXIT, type ExitCode } from './exit-codes.js'
import { createStylist } from './format/style.js'
import { terminalSafeWriter } from './format/terminal-safe.js'
import type { ProjectPluginsNeeded } from './io/project-plugins.js'
import { withRunFiles } from './io/run-files-scope.js'
import { ERROR_MESSAGES } from './messages/errors.js'
import { createProgram, type ProgramState } from './program.js'
import { runWithTimeout, splitTimeout } from './run-with-timeout.js'

/**
 * Runs the `chiso` command line in-process: `argv` are the arguments after `chiso` (no `node`, no script
 * path). Never exits the process and never throws; resolves to the exit code of the CLI contract:
 * 0 success, 1 invalid input, 2 usage error, 3 internal error.
 *
 * @example
 * ```ts
 * import { run } from '@chiso/cli'
 * const code = await run(['score', 'pci.methodology.yaml', 'pci-2021.csv', '--format', 'json'], {
 *   stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(),
 * })
 * code // 0
 * ```
 *
 * @category Command line
 */
export async function run(argv: ReadonlyArray<string>, io: CliIO): Promise<ExitCode> {
  // `--timeout`: the command runs in a worker thread that is stopped when the time is up.
  const timed = splitTimeout(argv)
  if (timed) return runWithTimeout(timed.argv, io, timed.seconds)
  // The one terminal-safe printer: data can never drive the terminal (see terminalSafeWriter).
  const guarded: CliIO = {
    ...io,
    stderr: terminalSafeWriter(io.stderr),
    stdout: io.stdout.isTTY === true ? terminalSafeWriter(io.stdout) : io.stdout,
  }
  const context: CommandContext = {
    io: guarded,
    out: createStylist(io.color ?? wantsColor(io.stdout)),
    err: createStylist(io.color ?? wantsColor(io.stderr)),
  }
  try {
    for (;;) {
      const state: ProgramState = { exitCode: EXIT.OK }
      try {
        // The run's own record of the files it reads, so no --out can overwrite one of them.
        const program = await createProgram(context, state, argv)
        await withRunFiles(() => program.parseAsync([...argv], { from: 'user' }))
        return state.exitCode
      } catch (error) {
        // A methodology named plugins the project declares: load them (compiling cannot wait for an import)
        // and run the command again from the start. Nothing is written before a methodology is compiled.
        if (!(error instanceof Error) || error.name !== 'ProjectPluginsNeeded') throw error
        context.projectPlugins = [
          ...(context.projectPlugins ?? []),
          ...(await loadRequested(error, context.projectPlugins ?? [])),
        ]
      }
    }
  } catch (error) {
    return report(error, context)
  }
}

/**
 * Loads the plugins a `ProjectPluginsNeeded` asks for (the loader is imported only then). Asking again for a
 * plugin already loaded would run the command forever: that is a bug, reported as one.
 */
async function loadRequested(error: Error, loaded: ReadonlyArray<Plugin>): Promise<Plugin[]> {
  const { loadProjectPlugins } = await import('./io/load-plugins.js')
  const request = error as ProjectPluginsNeeded
  const again = request.plugins.find(({ namespace }) => loaded.some((plugin) => plugin.name === namespace))
  if (again !== undefined)
    throw new Error(`the plugin "${again.namespace}" was requested twice`, { cause: error })
  return loadProjectPlugins(request)
}

async function report(error: unknown, context: CommandContext): Promise<ExitCode> {
  const { stderr } = context.io
  // Commander has already printed its message (or the help, or the version).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE
  // Loaded here, not up front: `chiso --version` and `chiso --help` never need the engine.
  const [{ isChisoError }, { formatChisoError }] = await Promise.all([
    import('@chiso/core'),
    import('./format/chiso-error.js'),
  ])
  const language = context.language ?? 'en'
  if (isChisoError(error) && error.code !== 'INTERNAL') {
    stderr.write(formatChisoError(error, context.err, language))
    return EXIT.INVALID_INPUT
  }
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
  const words = ERROR_MESSAGES[language]
  stderr.write(`${context.err('red', words.internalLabel)}: ${words.internal}\n${detail}\n`)
  return EXIT.INTERNAL
}

function wantsColor(writer: CliIO['stdout']): boolean {
  const env = typeof process === 'undefined' ? {} : process.env
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true
  return writer.isTTY === true && env.TERM !== 'dumb'
}

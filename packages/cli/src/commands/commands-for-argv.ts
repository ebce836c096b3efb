import type { CommandEntry } from './all.js'

/**
 * The commands a run with these arguments needs registered. When the first argument names a command,
 * commander dispatches to that command whatever follows (its options, global options, `--help`), and no other
 * command can show in its output: only that one is loaded. Anything else (`--version`, `--help`, `help score`,
 * no arguments, a global option first, a mistyped command that gets a "did you mean") gets every command, so
 * the output is the same as with all of them registered. `--version`/`-V` alone needs none.
 *
 * @example
 * ```ts
 * commandsForArgv(['score', 'm.yaml', 'd.csv'], COMMANDS).map((c) => c.name) // ['score']
 * commandsForArgv(['--version'], COMMANDS)                                  // []
 * commandsForArgv(['--help'], COMMANDS).length                              // every command
 * ```
 */
export function commandsForArgv(
  argv: ReadonlyArray<string>,
  commands: ReadonlyArray<CommandEntry>,
): ReadonlyArray<CommandEntry> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return []
  const named = commands.find((command) => command.name === argv[0])
  return named === undefined ? commands : [named]
}

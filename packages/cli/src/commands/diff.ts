import { diffMethodologies } from '@chiso/core'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatDiffTable } from '../format/methodology-diff.js'
import { createStylist } from '../format/style.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { loadMethodology } from './load-methodology.js'
import { noteWrote } from './notes.js'

/**
 * `chiso diff OLD NEW [--json] [--out FILE]`: compares two methodology versions (files or catalogue ids) and
 * lists every change — nodes added, removed, moved, renamed; changed maxima, weights, rules and their options,
 * normalisers, aggregation, rounding, missing policy, ranking, bands… — as a table, or as the JSON diff that
 * `applyDiff` in @chiso/core applies. Exit 0 whether or not there are changes.
 *
 * @example
 * ```ts
 * await diffCommand('cchc-2024.yaml', 'cchc-2025.yaml', { json: true }, context)
 * // stdout: { "from": { "id": "cchc.demo", "version": "2024.0.0", … }, "changes": [ … ] }
 * ```
 */
export async function diffCommand(
  oldFile: string,
  newFile: string,
  options: { json?: boolean; out?: string },
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const before = loadMethodology(oldFile, io.cwd, context.limits)
  const after = loadMethodology(newFile, io.cwd, context.limits)
  const diff = diffMethodologies(before.methodology, after.methodology)
  const text = options.json
    ? `${JSON.stringify(diff, null, 2)}\n`
    : formatDiffTable(
        diff,
        options.out === undefined ? context.out : createStylist(false),
        context.language ?? 'en',
      )
  if (options.out !== undefined) {
    writeOutputFile(options.out, text, io.cwd)
    noteWrote(context, options.out, (w) => w.changes(diff.changes.length))
  } else io.stdout.write(text)
  return EXIT.OK
}

/**
 * Adds `chiso diff OLD NEW [--json] [--out FILE]` to the program.
 *
 * @example
 * ```ts
 * registerDiffCommand(program, context, state)
 * ```
 */
export const registerDiffCommand: RegisterCommand = (program, context, state) => {
  program
    .command('diff')
    .description('list what changed between two methodology versions')
    .argument('<old>', 'the older methodology: a file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<new>', 'the newer methodology: a file or a catalogue id')
    .option('--json', 'print the diff as JSON (the structure applyDiff in @chiso/core applies)')
    .option('-o, --out <file>', 'write the result to this file instead of stdout')
    .addHelpText(
      'after',
      [
        '',
        'Nodes are matched by code: a node whose code changed shows as removed and added (use a crosswalk',
        'and `chiso rebase` to carry data across). Defaults written out or left implicit are not changes.',
        '',
        'Examples:',
        '  $ chiso diff examples/publish-methodology/cchc-2025.methodology.yaml examples/publish-methodology/cchc-2026.methodology.yaml',
        '  $ chiso diff examples/publish-methodology/cchc-2025.methodology.yaml examples/publish-methodology/cchc-2026.methodology.yaml --json --out changes.json',
      ].join('\n'),
    )
    .action(async (oldFile: string, newFile: string, options: { json?: boolean; out?: string }) => {
      state.exitCode = await diffCommand(oldFile, newFile, options, context)
    })
}

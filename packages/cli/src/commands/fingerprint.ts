import { EXIT, type ExitCode } from '../exit-codes.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { loadMethodology } from './load-methodology.js'

/**
 * `chiso fingerprint FILE… [--json]`: prints each methodology's fingerprint (`sha256:` and the SHA-256 of its
 * canonical form: sorted keys, normalised decimals, defaults explicit — so a YAML file and its JSON
 * translation give the same fingerprint). The methodology is compiled first: an invalid file exits 1.
 *
 * @example
 * ```ts
 * await fingerprintCommand(['pci@2014'], {}, context)
 * // stdout: sha256:7140b841…  pci@2014.0.0  pci@2014
 * // → 0
 * ```
 */
export async function fingerprintCommand(
  files: ReadonlyArray<string>,
  options: { json?: boolean },
  context: CommandContext,
): Promise<ExitCode> {
  const results = files.map((file) => {
    const compiled = loadMethodology(file, context.io.cwd, context.limits)
    const { id, version } = compiled.methodology
    return { file, id, version, fingerprint: compiled.fingerprint }
  })
  if (options.json) {
    const value = results.length === 1 ? results[0] : results
    context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
  } else {
    for (const r of results) context.io.stdout.write(`${r.fingerprint}  ${r.id}@${r.version}  ${r.file}\n`)
  }
  return EXIT.OK
}

/**
 * Adds `chiso fingerprint FILE… [--json]` to the program.
 *
 * @example
 * ```ts
 * registerFingerprintCommand(program, context, state)
 * ```
 */
export const registerFingerprintCommand: RegisterCommand = (program, context, state) => {
  program
    .command('fingerprint')
    .description(
      'print the SHA-256 fingerprint of a methodology’s canonical form (what every scorecard carries)',
    )
    .argument('<methodology...>', 'methodology files (.yaml, .yml, .json) or catalogue ids (id@version)')
    .option('--json', 'print { file, id, version, fingerprint } as JSON (an array for several files)')
    .addHelpText(
      'after',
      [
        '',
        'The canonical form sorts keys, normalises decimals ("2.50" = 2.5) and writes every default out, so',
        'a YAML file and its JSON translation have the same fingerprint; any change that can affect a score',
        'or what the methodology says changes it. Published versions are pinned by their fingerprint.',
        '',
        'Examples:',
        '  $ chiso fingerprint examples/publish-methodology/cchc-2026.methodology.yaml',
        '  $ chiso fingerprint pci@2014 par-index.province@2022 --json',
      ].join('\n'),
    )
    .action(async (files: string[], options: { json?: boolean }) => {
      state.exitCode = await fingerprintCommand(files, options, context)
    })
}

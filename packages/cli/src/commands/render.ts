import { appendixToHtml, appendixToMarkdown, buildAppendix, type RenderOptions } from '@chiso/core'
import { Option } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { appendixToXlsx } from '../format/appendix-xlsx.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { loadMethodology } from './load-methodology.js'
import { noteWrote } from './notes.js'
import { usageError, usageWordsOf } from './usage-error.js'

/**
 * The output formats of `chiso render`.
 *
 * @example
 * ```ts
 * RENDER_FORMATS.includes('xlsx') // true
 * ```
 */
export const RENDER_FORMATS = ['md', 'html', 'xlsx'] as const

/**
 * Options of `chiso render`.
 *
 * @example
 * ```ts
 * const options: RenderCommandOptions = { format: 'html', out: 'phu-luc.html', language: 'vi' }
 * ```
 */
export interface RenderCommandOptions {
  format: (typeof RENDER_FORMATS)[number]
  out?: string
  language?: RenderOptions['language']
}

/**
 * `chiso render METHODOLOGY --format md|html|xlsx [--out FILE] [--language vi|en|both]`: prints the methodology
 * as the familiar appendix table (STT, area / criterion / sub-criterion, maximum points, scoring guidance
 * generated from each rule and its options, source), in Vietnamese and English, with its version and
 * fingerprint — to attach to a decision. XLSX is binary and needs `--out`.
 *
 * @example
 * ```ts
 * await renderCommand('par-index.province@2022', { format: 'html', out: 'phu-luc.html' }, context)
 * // stderr: wrote phu-luc.html (5 rows)
 * ```
 */
export async function renderCommand(
  reference: string,
  options: RenderCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  if (options.format === 'xlsx' && options.out === undefined)
    usageError(context, usageWordsOf(context).needsOut('--format xlsx', 'FILE.xlsx'))
  const compiled = loadMethodology(reference, io.cwd, context.limits)
  const table = buildAppendix(compiled.methodology)
  const language = { language: options.language ?? 'both' } as const
  let content: string | Uint8Array
  if (options.format === 'xlsx') {
    content = await appendixToXlsx(table, language, compiled.methodology)
  } else
    content =
      options.format === 'html' ? appendixToHtml(table, language) : appendixToMarkdown(table, language)
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out, (w) => w.rows(table.rows.length))
  } else io.stdout.write(content as string)
  return EXIT.OK
}

/**
 * Adds `chiso render METHODOLOGY --format md|html|xlsx [--out FILE] [--language …]` to the program.
 *
 * @example
 * ```ts
 * registerRenderCommand(program, context, state)
 * ```
 */
export const registerRenderCommand: RegisterCommand = (program, context, state) => {
  program
    .command('render')
    .description('print a methodology as its appendix table (phụ lục): Markdown, HTML or XLSX')
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...RENDER_FORMATS]).default('md'),
    )
    .option('-o, --out <file>', 'write to this file instead of stdout (required for xlsx)')
    .addOption(
      new Option('--language <language>', 'vi, en, or both (Vietnamese with English below)')
        .choices(['vi', 'en', 'both'])
        .default('both'),
    )
    .addHelpText(
      'after',
      [
        '',
        'Columns: STT, code, area / criterion / sub-criterion, maximum points (weights for composite',
        'indexes), scoring guidance (generated from each rule and its options, then the node’s own',
        'description) and source (appraisal, survey…). The header shows the version and fingerprint.',
        '',
        'Examples:',
        '  $ chiso render pci@2014 --format md',
        '  $ chiso render examples/publish-methodology/cchc-2026.methodology.yaml --format html --language vi --out phu-luc-2026.html',
        '  $ chiso render examples/publish-methodology/cchc-2026.methodology.yaml --format xlsx --out phu-luc-2026.xlsx',
      ].join('\n'),
    )
    .action(async (reference: string, options: RenderCommandOptions) => {
      state.exitCode = await renderCommand(reference, options, context)
    })
}

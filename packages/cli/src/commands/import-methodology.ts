import { DEFAULT_LIMITS } from '@chiso/adapters'
import { ChisoError, copyErrorReason, createEngine, formatLocation, isChisoError } from '@chiso/core'
import type { Command } from 'commander'
import { stringify } from 'yaml'
import { parseAppendixMapping } from '../appendix/appendix-mapping.js'
import { appendixReasonOf } from '../appendix/appendix-reason.js'
import { type AppendixImport, readAppendix } from '../appendix/read-appendix.js'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { locateInDocument } from '../io/located-error.js'
import { readBytes } from '../io/read-bytes.js'
import { readDocument } from '../io/read-document.js'
import { writeOutputFile } from '../io/write-output.js'
import { APPENDIX_MESSAGES } from '../messages/appendix.js'
import { APPENDIX_REASON_MESSAGES } from '../messages/appendix-reasons.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
import type { CommandContext } from './context.js'
import { usageWordsOf } from './usage-error.js'

/**
 * Options of `chiso import methodology`.
 *
 * @example
 * ```ts
 * const options: ImportMethodologyOptions = { out: 'cchc.methodology.yaml', mapping: 'phu-luc.mapping.yaml' }
 * ```
 */
export interface ImportMethodologyOptions {
  out?: string
  /** A mapping file for tables not written by `chiso render` (sheet, heading row, columns). */
  mapping?: string
  id?: string
  methodologyVersion?: string
  /** Also write every row's outcome and the notes (JSON) to this file. */
  report?: string
  json?: boolean
  maxFileBytes?: number
  maxUncompressedBytes?: number
}

/**
 * `chiso import methodology APPENDIX.xlsx [--mapping FILE] [--out FILE.yaml]`: reads a province's appendix
 * table (*phụ lục*) into a methodology YAML. The table `chiso render --format xlsx` writes is recognised by its
 * headings and read back to the same fingerprint; other layouts are described by a mapping file. Every row is
 * used, ignored with a reason, or rejected with its place (exit 1, nothing written).
 *
 * @example
 * ```ts
 * await importMethodologyCommand('phu-luc.xlsx', { out: 'cchc.methodology.yaml' }, context)
 * // stderr: phu-luc.xlsx!Phụ lục: appendix table, header row 4 …
 * // → 0
 * ```
 */
export async function importMethodologyCommand(
  appendix: string,
  options: ImportMethodologyOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const language = context.language ?? 'en'
  // The summary and notes on stderr follow --lang; the YAML written is the same bytes in any language.
  const words = APPENDIX_MESSAGES[language]
  const fileWords = APPENDIX_MESSAGES.en
  let mapping: ReturnType<typeof parseAppendixMapping> | undefined
  if (options.mapping !== undefined) {
    const document = readDocument(options.mapping, io.cwd)
    try {
      mapping = parseAppendixMapping(document.value)
    } catch (error) {
      if (isChisoError(error)) throw locateInDocument(error, document)
      throw error
    }
  }
  const limits = {
    ...DEFAULT_LIMITS,
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxUncompressedBytes === undefined
      ? {}
      : { maxUncompressedBytes: options.maxUncompressedBytes }),
  }
  const bytes = readBytes(appendix, io.cwd, limits.maxFileBytes)
  const result: AppendixImport = await readAppendix(bytes, {
    file: appendix,
    limits,
    ...(mapping ? { mapping } : {}),
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.methodologyVersion === undefined ? {} : { version: options.methodologyVersion }),
  })
  // What is written must compile: a table that reads but does not make a methodology is refused here, with
  // the engine's reason, rather than left for the next command to find.
  let fingerprint: string
  try {
    fingerprint = createEngine().compile(result.methodology).fingerprint
  } catch (error) {
    if (!isChisoError(error)) throw error
    throw new ChisoError(error.code, `${appendix}: the table does not make a valid methodology`, {
      issues: error.issues.map((issue) =>
        copyErrorReason(issue, { ...issue, file: appendix, sheet: result.sheet }),
      ),
    })
  }
  const report = { ...result, fingerprint, methodology: undefined }
  if (options.report !== undefined)
    writeOutputFile(options.report, `${JSON.stringify(report, null, 2)}\n`, io.cwd)
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else {
    const count = (status: string) => result.rows.filter((row) => row.status === status).length
    io.stderr.write(
      [
        words.table(`${appendix}!${result.sheet}`, result.headerRow),
        ...(result.carried === null
          ? []
          : [`  ${result.exact ? words.exact(result.carried) : words.carried(result.carried)}`]),
        `  ${words.rows(result.rows.length, count('used'), count('ignored'), count('rejected'))}; ${fingerprint}`,
        ...(result.notes.length === 0 ? [] : [`  ${words.notes(result.notes.length)}`]),
        ...result.notes.map((note) => {
          const reason = appendixReasonOf(note)
          const said =
            language === 'en' || reason === undefined
              ? note.message
              : APPENDIX_REASON_MESSAGES[language][reason.code](reason.params)
          return `    ${formatLocation(note)}: ${said}`
        }),
        '',
      ].join('\n'),
    )
  }
  const header = [
    `# ${fileWords.header(appendix)}${result.exact ? '' : ` — ${fileWords.draft}`}`,
    `# ${result.methodology.id as string}@${result.methodology.version as string} · ${fingerprint}`,
  ].join('\n')
  const yaml = `${header}\n${stringify(result.methodology, { lineWidth: 0 })}`
  if (options.out !== undefined) {
    writeOutputFile(options.out, yaml, io.cwd)
    io.stderr.write(
      `${words.wrote(options.out, result.rows.filter((row) => row.status === 'used').length)}\n`,
    )
  } else if (!options.json) io.stdout.write(yaml)
  return EXIT.OK
}

/**
 * Adds `chiso import methodology APPENDIX.xlsx …` under `chiso import`.
 *
 * @example
 * ```ts
 * registerImportMethodology(importCommand, context, (code) => { state.exitCode = code })
 * ```
 */
export function registerImportMethodology(
  parent: Command,
  context: CommandContext,
  setExitCode: (code: ExitCode) => void,
): void {
  const positive = (value: string) => {
    const n = Number(value)
    if (!Number.isSafeInteger(n) || n < 1)
      throw new ChisoError('INVALID_ARGUMENT', `expected a positive whole number, got "${value}"`)
    return n
  }
  parent
    .command('methodology')
    .description('read an appendix table (phụ lục, XLSX) into a methodology YAML')
    .argument(
      '<appendix>',
      'the appendix workbook: as chiso render --format xlsx writes it, or any layout with --mapping',
    )
    .option('-o, --out <file>', 'write the methodology (YAML) to this file instead of stdout')
    .option(
      '--mapping <file>',
      'a mapping file: sheet, headerRow, columns { stt, content, max, method, source, code }',
    )
    .option('--id <id>', 'the methodology id (default: the carried one, else appendix-import)')
    .option(
      '--methodology-version <version>',
      'the methodology version (default: the carried one, else 0.1.0)',
    )
    .option('--report <file>', 'also write every row’s outcome and the notes (JSON) to this file')
    .option('--json', 'print the report as JSON on stdout (the methodology goes only to --out)')
    .option('--max-file-bytes <n>', 'largest workbook read', positive)
    .option('--max-uncompressed-bytes <n>', 'most bytes the workbook may inflate to', positive)
    .addHelpText(
      'after',
      [
        '',
        'Every row is used (a node), ignored (title block, headings, empty, total — with the reason) or',
        'rejected with its sheet, row and column (duplicate STT, a maximum that is not a number, children',
        'whose maxima do not add up to their parent’s): exit 1, nothing written. A rule is chosen from the',
        'method text only where the text names one unambiguously; otherwise chiso/points, with a note.',
        'A table rendered by chiso carries its methodology in a hidden sheet and reads back exactly.',
        '',
        'Examples:',
        '  $ chiso render examples/district-cchc/district.methodology.yaml --format xlsx --out phu-luc.xlsx',
        '  $ chiso import methodology phu-luc.xlsx --out cchc.methodology.yaml',
        '  $ chiso import methodology phu-luc.xlsx --id cchc.xa --out xa.yaml',
      ].join('\n'),
    )
    .action(async function (this: Command, appendix: string) {
      // `chiso import` declares --out, --report, --json, --mapping and the limits too, and commander gives
      // them to it: read them from there, and refuse its options that mean nothing here.
      const inherited = parent.opts() as Record<string, unknown>
      const foreign = [
        'to',
        'methodology',
        'sheet',
        'allowRejects',
        'maxRows',
        'maxColumns',
        'maxCells',
      ].filter((name) => inherited[name] !== undefined)
      if (foreign.length > 0) {
        context.io.stderr.write(
          `${context.err('red', ERROR_MESSAGES[context.language ?? 'en'].label)}: ${usageWordsOf(context).notAnOption(foreign.map((name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', '), 'chiso import methodology')}\n`,
        )
        setExitCode(EXIT.USAGE)
        return
      }
      setExitCode(
        await importMethodologyCommand(appendix, this.optsWithGlobals() as ImportMethodologyOptions, context),
      )
    })
}

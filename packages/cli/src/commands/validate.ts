import { type ChisoIssue, type ErrorCode, formatLocation, formatPath } from '@chiso/core'
import { Option } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { saysEverything } from '../format/chiso-error.js'
import { formatIssues } from '../format/issues.js'
import { compileDocument } from '../io/compile-document.js'
import { importData } from '../io/import-data.js'
import { isLocatedError } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { withoutRejects } from '../io/read-wide-csv.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
import { VALIDATE_MESSAGES } from '../messages/validate.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { methodologySizeLimit } from './limit-options.js'
import { loadRegistry } from './load-registry.js'
import { notesOf } from './notes.js'

/**
 * Options of `chiso validate`.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { json: true, kind: 'dataset' }
 * ```
 */
export interface ValidateOptions {
  /** Print `{ valid, errors }` as JSON instead of text. */
  json?: boolean
  /** What the file is (default `methodology`). */
  kind?: 'methodology' | 'dataset' | 'registry'
}

/**
 * One error in the JSON output of `chiso validate --json`.
 *
 * @example
 * ```ts
 * const error: ValidationError = { path: 'tree[0].max', message: 'expected a decimal string', code: 'INVALID_METHODOLOGY' }
 * ```
 */
export interface ValidationError {
  /** The JSON path of the fault (`tree[0].max`), or its location in the file when there is no path. */
  path: string
  message: string
  /** A `ChisoError` code (`INVALID_METHODOLOGY`, `INVALID_OPTIONS`…) or a reader's (`INVALID_SYNTAX`…). */
  code: string
  file?: string
  line?: number
  column?: number
}

/**
 * `chiso validate FILE [--json] [--kind methodology|dataset|registry]`: parses and compiles a methodology (checking the
 * tree and every rule's options), or parses a dataset. Exit 0 when valid, 1 when not; every error is printed
 * path first (`tree[0].max: expected a decimal string (at m.yaml:7:10)`), or with `--json` as
 * `{ valid, errors: [{ path, message, code }] }`.
 *
 * @example
 * ```ts
 * await validateCommand('par.methodology.yaml', {}, context)
 * // stdout: ✓ par.methodology.yaml: valid methodology par-index.province@2022.0.0 (sha256:3f2a9c0d1e4b…)
 * // → 0
 * ```
 */
export async function validateCommand(
  file: string,
  options: ValidateOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io, out } = context
  const words = VALIDATE_MESSAGES[context.language ?? 'en']
  const counts = notesOf(context)
  let summary: string
  try {
    if (options.kind === 'registry') {
      const registry = loadRegistry(file, io.cwd)
      summary = words.registry(
        counts.unitRecords(registry.units.length),
        counts.events(registry.events.length),
      )
    } else if (options.kind === 'dataset') {
      const engineLimits = context.limits?.engine
      const imported = await importData(file, io.cwd, engineLimits ? { engineLimits } : {})
      const dataset = withoutRejects(imported)
      const periods = imported.panel?.periods.map((p) => p.period)
      summary = periods
        ? words.panel(
            periods.length,
            periods.join(', '),
            counts.units(imported.report.units),
            counts.observations(imported.report.observations),
          )
        : words.dataset(counts.units(dataset.units.length), counts.observations(dataset.observations.length))
    } else {
      const compiled = compileDocument(
        readDocument(file, io.cwd, methodologySizeLimit(context.limits)),
        context.limits?.engine,
        context.limits?.plugins,
        io.cwd,
      )
      const { id, version } = compiled.methodology
      summary = words.methodology(
        `${id}@${version}`,
        counts.leaves(compiled.leaves.length),
        compiled.fingerprint.slice(0, 19),
      )
    }
  } catch (error) {
    if (!isLocatedError(error)) throw error
    if (options.json) {
      const errors = error.issues.map((issue) => validationError(issue, error.code))
      io.stdout.write(`${JSON.stringify({ valid: false, errors }, null, 2)}\n`)
    } else {
      io.stdout.write(formatIssues(error.issues, out, context.language ?? 'en', error.code))
      io.stdout.write(`${out('red', '✗')} ${file}: ${words.invalid(error.issues.length)}\n`)
      if (context.language === 'vi' && !saysEverything(error.issues))
        io.stdout.write(`${ERROR_MESSAGES.vi.details}\n`)
    }
    return EXIT.INVALID_INPUT
  }
  if (options.json) io.stdout.write(`${JSON.stringify({ valid: true, errors: [] }, null, 2)}\n`)
  else io.stdout.write(`${out('green', '✓')} ${file}: ${summary}\n`)
  return EXIT.OK
}

/**
 * One issue as an error of `chiso validate --json`: the formatted JSON path (or the place in the file when
 * there is none), the message with its hint, the issue's code, and the file (with its sheet), line and column.
 *
 * @example
 * ```ts
 * validationError({ path: ['tree', 0, 'max'], message: 'expected a decimal string', file: 'm.yaml', row: 7, column: 10 }, 'INVALID_METHODOLOGY')
 * // { path: 'tree[0].max', message: 'expected a decimal string', code: 'INVALID_METHODOLOGY', file: 'm.yaml', line: 7, column: 10 }
 * ```
 */
export function validationError(issue: ChisoIssue, code: ErrorCode): ValidationError {
  const file =
    issue.file === undefined ? undefined : issue.sheet ? `${issue.file}!${issue.sheet}` : issue.file
  return {
    path: issue.path === undefined ? formatLocation(issue) || '(root)' : formatPath(issue.path),
    message: issue.hint ? `${issue.message}\n    hint: ${issue.hint}` : issue.message,
    code: issue.code ?? code,
    ...(file === undefined ? {} : { file }),
    ...(issue.row === undefined ? {} : { line: issue.row }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
  }
}

/**
 * Adds `chiso validate FILE [--json] [--kind methodology|dataset|registry]` to the program.
 *
 * @example
 * ```ts
 * registerValidateCommand(program, context, state)
 * ```
 */
export const registerValidateCommand: RegisterCommand = (program, context, state) => {
  program
    .command('validate')
    .description(
      'check a methodology (bộ chỉ số) file: its schema, its tree and every rule’s options; ' +
        'or a dataset with --kind dataset, or a unit registry with --kind registry',
    )
    .argument('<file>', 'a methodology (.yaml, .yml or .json), or a dataset (.csv, .xlsx, .json, .yaml)')
    .option('--json', 'print { valid, errors: [{ path, message, code }] } as JSON')
    .addOption(
      new Option('--kind <kind>', 'what the file is')
        .choices(['methodology', 'dataset', 'registry'])
        .default('methodology'),
    )
    .addHelpText(
      'after',
      [
        '',
        'Exit 0 when the file is valid, 1 when it is not. Each error is printed with its path first:',
        '  tree[2].children[0].max: expected a decimal string (at par-index-2022.yaml:41:12)',
        '',
        'Examples:',
        '  $ chiso validate examples/district-cchc/district.methodology.yaml',
        '  $ chiso validate examples/district-cchc/district.methodology.yaml --json',
        '  $ chiso validate examples/district-cchc/districts-2023.synthetic.csv --kind dataset',
        '  $ chiso validate examples/pci-2021/provinces-2025.registry.yaml --kind registry   (cycles, overlaps, dates, lineage)',
      ].join('\n'),
    )
    .action(
      async (file: string, options: { json?: boolean; kind: 'methodology' | 'dataset' | 'registry' }) => {
        state.exitCode = await validateCommand(file, options, context)
      },
    )
}

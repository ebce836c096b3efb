import type { ImportLimits, ImportResult } from '@chiso/adapters'
import { ChisoError, type CompiledMethodology } from '@chiso/core'
import { type Command, InvalidArgumentError } from 'commander'
import { formatImportNotes } from '../format/import-report.js'
import { createProgress, type Progress } from '../format/progress.js'
import { importData } from '../io/import-data.js'
import { withoutRejects } from '../io/read-wide-csv.js'
import type { CommandContext } from './context.js'

/**
 * The options every command that reads a DATA file shares.
 *
 * @example
 * ```ts
 * const options: DataOptions = { sheet: 'TC3', mapping: 'mapping.yaml', allowRejects: true }
 * ```
 */
export interface DataOptions {
  sheet?: string
  mapping?: string
  allowRejects?: boolean
  maxFileBytes?: number
  maxRows?: number
  maxColumns?: number
  maxCells?: number
  maxUncompressedBytes?: number
}

const positive = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1')
  return n
}

/**
 * Adds the DATA options (`--sheet`, `--mapping`, `--allow-rejects` and the limits) to a command.
 *
 * @example
 * ```ts
 * addDataOptions(program.command('score'))
 * ```
 */
export function addDataOptions(command: Command): Command {
  return command
    .option(
      '--sheet <name|index>',
      'XLSX: the sheet to read, by name or 1-based index (default: the first visible sheet)',
    )
    .option(
      '--mapping <file>',
      'a mapping file (YAML/JSON): unit column, header → leaf code, fields, sources',
    )
    .option('--allow-rejects', 'go on when cells were rejected (they count as missing); default: exit 1')
    .option('--max-file-bytes <n>', 'refuse data files larger than this (default 268435456)', positive)
    .option('--max-rows <n>', 'refuse tables with more rows (default 1000000)', positive)
    .option('--max-columns <n>', 'refuse tables with more columns (default 16384)', positive)
    .option(
      '--max-cells <n>',
      'refuse tables with more cells: rows × columns of the rectangle read (default 1000000)',
      positive,
    )
    .option(
      '--max-uncompressed-bytes <n>',
      'XLSX: refuse workbooks that inflate to more (default 268435456)',
      positive,
    )
}

/**
 * Reads the DATA argument with the shared options: through the adapters, with a progress bar on a TTY, notes
 * about ignored columns and warnings on stderr, and exit 1 (a located `ChisoError` listing every rejected cell)
 * unless `--allow-rejects`. `settings.notes: false` silences the notes; `settings.keepRejects: true` leaves
 * rejected cells in the report for the caller (`chiso import` prints its report before refusing).
 *
 * @example
 * ```ts
 * const { dataset } = await loadData('du-lieu.xlsx', options, context, compiled)
 * ```
 */
export async function loadData(
  file: string,
  options: DataOptions,
  context: CommandContext,
  compiled?: CompiledMethodology,
  settings: { notes?: boolean; keepRejects?: boolean; panel?: boolean; leaves?: ReadonlySet<string> } = {},
): Promise<ImportResult> {
  const limits: Partial<ImportLimits> = {
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.maxRows ? { maxRows: options.maxRows } : {}),
    ...(options.maxColumns ? { maxColumns: options.maxColumns } : {}),
    ...(options.maxCells ? { maxCells: options.maxCells } : {}),
    ...(options.maxUncompressedBytes ? { maxUncompressedBytes: options.maxUncompressedBytes } : {}),
  }
  let progress: Progress | undefined
  let lastDone = 0
  const sheet =
    options.sheet === undefined
      ? undefined
      : /^\d+$/.test(options.sheet)
        ? Number(options.sheet)
        : options.sheet
  try {
    const result = await importData(file, context.io.cwd, {
      ...(sheet === undefined ? {} : { sheet }),
      ...(options.mapping ? { mappingFile: options.mapping } : {}),
      // Data columns (denominators) are read like leaves: their columns are data too.
      ...(settings.leaves
        ? { leaves: settings.leaves }
        : compiled
          ? {
              leaves: new Set([
                ...compiled.leaves.map((leaf) => leaf.code),
                ...(compiled.model.columns ?? []),
              ]),
            }
          : {}),
      // A chiso template is read against the methodology it was written for.
      ...(compiled ? { methodology: compiled } : {}),
      limits,
      ...(context.limits?.engine ? { engineLimits: context.limits.engine } : {}),
      onProgress: (done, total) => {
        // Only large tables get a bar (and only on a terminal: createProgress is silent otherwise).
        if (total < 5_000) return
        progress ??= createProgress(context.io.stderr, total, 'importing')
        progress.tick(done - lastDone)
        lastDone = done
      },
    })
    progress?.done()
    if (result.panel !== undefined && settings.panel !== true) refusePanel(file, result.panel)
    if (settings.notes !== false)
      context.io.stderr.write(
        formatImportNotes(result.report, context.err, {
          rejected: options.allowRejects === true,
          language: context.language ?? 'en',
        }),
      )
    if (settings.keepRejects !== true) withoutRejects(result, options.allowRejects === true)
    return result
  } finally {
    progress?.done()
  }
}

/** A command that reads one period was given a panel: say which periods, and how to read one of them. */
function refusePanel(file: string, panel: NonNullable<ImportResult['panel']>): never {
  const periods = panel.periods.map((p) => p.period).join(', ')
  throw new ChisoError('INVALID_PANEL', `${file} holds ${panel.periods.length} periods (${periods})`, {
    issues: [
      {
        file,
        message: `this command reads one period, and the file holds ${panel.periods.length} (${periods})`,
        hint: '`chiso score` and `chiso progress` read panels; for this command keep the rows of one period',
      },
    ],
  })
}

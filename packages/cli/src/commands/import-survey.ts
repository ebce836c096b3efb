import { extname } from 'node:path'
import { codedReason, withReasonCode } from '@chiso/adapters'
import { writeWideCsv } from '@chiso/adapters/csv'
import { writeDatasetJson } from '@chiso/adapters/json'
import {
  checkSurveyIndicators,
  parseSurveySpec,
  readSurveyCsv,
  readSurveyXlsx,
  type SurveyResult,
  type SurveySpec,
  surveyEstimatesCsv,
} from '@chiso/adapters/survey'
import { ChisoError, type ChisoIssue, isChisoError } from '@chiso/core'
import { type Command, InvalidArgumentError } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatSurveySummary } from '../format/survey-summary.js'
import { readBytes } from '../io/read-bytes.js'
import { type ReadDocument, readDocument } from '../io/read-document.js'
import { writeOutputFile } from '../io/write-output.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
import type { CommandContext } from './context.js'
import { loadMethodology } from './load-methodology.js'
import { noteWrote } from './notes.js'
import { usageError, usageWordsOf } from './usage-error.js'

/**
 * Options of `chiso import survey`.
 *
 * @example
 * ```ts
 * const options: ImportSurveyOptions = { spec: 'survey.spec.yaml', out: 'indicators.csv', estimates: 'indicators.se.csv' }
 * ```
 */
export interface ImportSurveyOptions {
  spec: string
  out?: string
  /** Also write the estimates table (n, effective n, value, standard error, interval) to this CSV. */
  estimates?: string
  /** The sheet of a workbook (name or 1-based number). */
  sheet?: string
  /** A methodology: every indicator must be one of its leaves, with the same direction. */
  methodology?: string
  /** The share of missing indicators above which a unit is reported by the checks (default 0.2). */
  maxMissing?: string
  report?: string
  json?: boolean
  allowRejects?: boolean
  maxFileBytes?: number
  maxRows?: number
  maxColumns?: number
  maxUncompressedBytes?: number
}

/**
 * `chiso import survey SURVEY --spec SPEC [--out FILE] [--estimates FILE]`: aggregates a respondent-level
 * survey (CSV or XLSX, one row per respondent) to indicators per unit as the spec declares, prints what
 * happened to every respondent row and the pre-scoring checks, and writes the indicators as a dataset and
 * the estimates (n, standard errors, intervals) as a table. Exit 1 when a row or answer was rejected (nothing
 * is written) unless `allowRejects`.
 *
 * @example
 * ```ts
 * await importSurveyCommand('khao-sat.csv', { spec: 'survey.spec.yaml', out: 'indicators.csv' }, context)
 * // stderr: khao-sat.csv: 1890 respondents: 1890 used, 0 ignored, 0 rejected …
 * // → 0
 * ```
 */
export async function importSurveyCommand(
  survey: string,
  options: ImportSurveyOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const document = readDocument(options.spec, io.cwd)
  const spec = locatedInSpec(document, () => parseSurveySpec(document.value))
  const limits = {
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
    ...(options.maxColumns === undefined ? {} : { maxColumns: options.maxColumns }),
    ...(options.maxUncompressedBytes === undefined
      ? {}
      : { maxUncompressedBytes: options.maxUncompressedBytes }),
  }
  const bytes = readBytes(survey, io.cwd, options.maxFileBytes ?? 256 * 1024 * 1024)
  const xlsx = extname(survey).toLowerCase() === '.xlsx'
  if (!xlsx && options.sheet !== undefined)
    usageError(context, usageWordsOf(context).sheetForWorkbooks(survey))
  const read = { file: survey, spec, specFile: options.spec, limits }
  const result: SurveyResult = await locatedInSpecAsync(document, () =>
    xlsx
      ? readSurveyXlsx(bytes, {
          ...read,
          ...(options.sheet === undefined
            ? {}
            : { sheet: /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet }),
        })
      : Promise.resolve(readSurveyCsv(bytes, read)),
  )
  if (options.methodology !== undefined) checkAgainstMethodology(spec, options, context, document)
  const checks = checkSurveyIndicators(
    result.indicators,
    options.maxMissing === undefined ? {} : { maxMissingShare: options.maxMissing },
  )
  const { report } = result
  if (options.report !== undefined)
    writeOutputFile(
      options.report,
      `${JSON.stringify({ report, diagnostics: result.diagnostics, checks }, null, 2)}\n`,
      io.cwd,
    )
  if (options.json)
    io.stdout.write(`${JSON.stringify({ report, diagnostics: result.diagnostics, checks }, null, 2)}\n`)
  else
    io.stderr.write(
      formatSurveySummary(survey, result, checks, spec.indicators.length, context.language ?? 'en'),
    )
  const rejected = [...report.rejectedRows, ...report.rejectedAnswers].sort(
    (a, b) => a.row - b.row || a.column - b.column,
  )
  if (rejected.length > 0 && options.allowRejects !== true)
    throw new ChisoError(
      'INVALID_CELL',
      `${survey}: ${rejected.length} row(s) or answer(s) rejected; nothing was written`,
      {
        // Each issue keeps its cell's coded reason (not enumerable), so another language can say it.
        issues: rejected.map((cell) =>
          withReasonCode<ChisoIssue>(
            {
              code: 'INVALID_CELL',
              file: cell.file,
              ...(cell.sheet === undefined ? {} : { sheet: cell.sheet }),
              row: cell.row,
              column: cell.column,
              message: cell.reason,
            },
            codedReason(cell),
          ),
        ),
        hint: 'correct the survey file, or use --allow-rejects to aggregate without them (they are listed in --report)',
      },
    )
  const datasetText = options.out?.toLowerCase().endsWith('.json')
    ? writeDatasetJson(result.dataset)
    : writeWideCsv(result.dataset)
  if (options.out !== undefined) {
    writeOutputFile(options.out, datasetText, io.cwd)
    noteWrote(
      context,
      options.out,
      (w) => `${w.units(result.dataset.units.length)}, ${w.indicators(spec.indicators.length)}`,
    )
  } else if (!options.json) io.stdout.write(datasetText)
  if (options.estimates !== undefined) {
    writeOutputFile(options.estimates, surveyEstimatesCsv(result.indicators), io.cwd)
    noteWrote(context, options.estimates, (w) => w.estimates(result.indicators.length))
  }
  return EXIT.OK
}

/** Every indicator must be a leaf of the methodology, with the same direction. */
function checkAgainstMethodology(
  spec: SurveySpec,
  options: ImportSurveyOptions,
  context: CommandContext,
  document: ReadDocument,
): void {
  const compiled = loadMethodology(options.methodology!, context.io.cwd, context.limits)
  const issues: ChisoIssue[] = []
  spec.indicators.forEach((indicator, i) => {
    const node = compiled.model.byCode.get(indicator.code)
    const located = (path: Array<string | number>, message: string): ChisoIssue => ({
      file: options.spec,
      ...document.locate(path),
      path,
      message,
    })
    if (!node || node.children.length > 0)
      issues.push(
        located(['indicators', i, 'code'], `"${indicator.code}" is not a leaf of ${options.methodology}`),
      )
    else if (node.info.direction !== indicator.direction)
      issues.push(
        located(
          ['indicators', i, 'direction'],
          `direction ${indicator.direction}, but ${options.methodology} gives "${indicator.code}" direction ${node.info.direction}`,
        ),
      )
  })
  if (issues.length > 0)
    throw new ChisoError('INVALID_SURVEY_SPEC', `the survey spec does not fit ${options.methodology}`, {
      issues,
    })
}

/** Adds the spec file's line and column to the issues that point into the spec. */
function locate(error: unknown, document: ReadDocument): unknown {
  if (!isChisoError(error) || error.code !== 'INVALID_SURVEY_SPEC') return error
  return new ChisoError(error.code, error.message, {
    issues: error.issues.map((issue) =>
      issue.path !== undefined && (issue.file === undefined || issue.file === document.file)
        ? { ...issue, file: document.file, ...document.locate(issue.path) }
        : issue,
    ),
  })
}

function locatedInSpec<T>(document: ReadDocument, run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw locate(error, document)
  }
}

async function locatedInSpecAsync<T>(document: ReadDocument, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw locate(error, document)
  }
}

const share = (value: string): string => {
  if (!/^(?:0(?:\.\d+)?|1(?:\.0*)?)$/.test(value))
    throw new InvalidArgumentError('expected a share from 0 to 1, e.g. 0.2')
  return value
}

/**
 * Adds `chiso import survey SURVEY --spec SPEC …` under `chiso import`.
 *
 * @example
 * ```ts
 * registerImportSurvey(importCommand, context, (code) => { state.exitCode = code })
 * ```
 */
export function registerImportSurvey(
  parent: Command,
  context: CommandContext,
  done: (code: ExitCode) => void,
): void {
  parent
    .command('survey')
    .description(
      'aggregate a respondent-level survey (CSV, XLSX) to indicators per unit, with n and standard errors',
    )
    .argument('<survey>', 'the survey: one row per respondent (unit, optional weight, one column per item)')
    .requiredOption(
      '--spec <file>',
      'the survey spec (YAML/JSON): items, indicators, statistics, minimum sample',
    )
    .option('-o, --out <file>', 'write the indicators as a dataset (.csv wide, or .json) instead of stdout')
    .option(
      '--estimates <file>',
      'also write n, effective n, value, standard error and interval per unit (CSV)',
    )
    .option('--sheet <sheet>', 'the sheet of a workbook (name or number; default the first)')
    .option('-m, --methodology <file>', 'check that every indicator is a leaf of it, with the same direction')
    .option(
      '--max-missing <share>',
      'report units missing more than this share of indicators (default 0.2)',
      share,
    )
    .option('--report <file>', 'also write the report on every row, the diagnostics and the checks (JSON)')
    .option('--json', 'print the report, diagnostics and checks as JSON on stdout')
    .option('--allow-rejects', 'aggregate without the rejected rows and answers instead of stopping')
    .addHelpText(
      'after',
      [
        '',
        'Every respondent row is used, ignored (blank, weight 0, no usable answer) or rejected (no unit, an',
        'unknown unit, a bad weight); every answer is used, no answer, or rejected (outside its item’s scale).',
        'Below an indicator’s minimum sample the unit’s value is missing, with a diagnostic. Exact decimals.',
        '',
        'Examples:',
        '  $ chiso import survey examples/ddci-thanh-hoa/survey-departments-2024.synthetic.csv --spec examples/ddci-thanh-hoa/survey-departments.spec.yaml --out indicators.csv --estimates indicators.se.csv',
        '  $ chiso import survey examples/ddci-thanh-hoa/survey-districts-2024.synthetic.csv --spec examples/ddci-thanh-hoa/survey-districts.spec.yaml -m examples/ddci-thanh-hoa/ddci.district.methodology.yaml --out d.csv',
      ].join('\n'),
    )
    .action(async function (this: Command, survey: string) {
      // `chiso import` declares --out, --report, --json, -m, --sheet, --allow-rejects and the limits too, and
      // commander gives them to it: read them from there, and refuse its options that mean nothing here.
      const inherited = parent.opts() as Record<string, unknown>
      const foreign = ['to', 'mapping'].filter((name) => inherited[name] !== undefined)
      if (foreign.length > 0) {
        context.io.stderr.write(
          `${context.err('red', ERROR_MESSAGES[context.language ?? 'en'].label)}: ${usageWordsOf(context).notAnOption(foreign.map((name) => `--${name}`).join(', '), 'chiso import survey')} ${usageWordsOf(context).surveySpec}\n`,
        )
        done(EXIT.USAGE)
        return
      }
      const options = this.optsWithGlobals() as ImportSurveyOptions
      done(await importSurveyCommand(survey, options, context))
    })
}

import { appraisalChanges, appraisalRecord, ChisoError, claimedWithoutEvidence, roundCuts } from '@chiso/core'
import { Option } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { appraisalRecordSections, gridsToXlsx } from '../format/appraisal-workbook.js'
import {
  appraisalRecordText,
  changesGrid,
  changesText,
  gridsToHtml,
  unevidencedGrid,
  unevidencedText,
} from '../format/cycle-reports.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { loadMethodology } from './load-methodology.js'
import { noteWrote } from './notes.js'
import { refuseUsage, usageWordsOf } from './usage-error.js'

/**
 * The reports of `chiso appraisal`.
 *
 * @example
 * ```ts
 * APPRAISAL_REPORTS.includes('unevidenced') // true
 * ```
 */
export const APPRAISAL_REPORTS = ['record', 'unevidenced', 'changes'] as const

/**
 * The output formats of `chiso appraisal`.
 *
 * @example
 * ```ts
 * APPRAISAL_FORMATS.includes('xlsx') // true
 * ```
 */
export const APPRAISAL_FORMATS = ['text', 'json', 'html', 'xlsx'] as const

/**
 * Options of `chiso appraisal`.
 *
 * @example
 * ```ts
 * const options: AppraisalOptions = { report: 'record', unit: 'dong-son', format: 'text', lang: 'vi' }
 * ```
 */
export interface AppraisalOptions extends DataOptions {
  report?: (typeof APPRAISAL_REPORTS)[number]
  /** The unit of the record (default: every unit). */
  unit?: string
  format?: (typeof APPRAISAL_FORMATS)[number]
  out?: string
  lang?: 'vi' | 'en'
}

/**
 * `chiso appraisal METHODOLOGY DATA [--report record|unevidenced|changes] [--unit CODE]
 * [--format text|json|html|xlsx] [--out FILE] [--lang vi|en]`: the reports of an assessment cycle from a dataset
 * holding its rounds — the appraisal record of a unit (*biên bản thẩm định*: every criterion's score after each
 * round, the difference, evidence, explanation and comments, totals that are the scorecards' totals), the claims
 * made without evidence or explanation, or the criteria the appraisal changed most across units.
 *
 * @example
 * ```ts
 * await appraisalCommand('district.methodology.yaml', 'phuc-tra.xlsx', { unit: 'dong-son' }, context)
 * // stdout: Biên bản thẩm định — Huyện Đông Sơn (dong-son) — …
 * // → 0
 * ```
 */
export async function appraisalCommand(
  methodologyFile: string,
  dataFile: string,
  options: AppraisalOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const format = options.format ?? 'text'
  const report = options.report ?? 'record'
  const language = options.lang ?? context.language ?? 'vi'
  if (format === 'xlsx' && options.out === undefined) {
    refuseUsage(context, usageWordsOf(context).needsOut('--format xlsx', 'FILE.xlsx'))
    return EXIT.USAGE
  }
  if (options.unit !== undefined && report !== 'record') {
    refuseUsage(context, usageWordsOf(context).unitRecordOnly)
    return EXIT.USAGE
  }
  const compiled = loadMethodology(methodologyFile, io.cwd, context.limits)
  const { dataset } = await loadData(dataFile, options, context, compiled)
  const cuts = roundCuts(compiled, dataset)
  const title = `${compiled.methodology.id}@${compiled.methodology.version}`
  let json: unknown
  let text: string
  let sections: Array<{ title: string; grid: string[][]; notes?: string[] }>
  if (report === 'record') {
    const units = options.unit === undefined ? dataset.units.map((unit) => unit.code) : [options.unit]
    if (options.unit !== undefined && !dataset.units.some((unit) => unit.code === options.unit)) {
      throw new ChisoError('NOT_FOUND', `no unit "${options.unit}"`, {
        issues: [
          {
            file: dataFile,
            message: `no unit "${options.unit}" (known: ${dataset.units
              .slice(0, 20)
              .map((u) => u.code)
              .join(', ')})`,
          },
        ],
      })
    }
    const records = units.map((unit) => appraisalRecord(compiled, dataset, unit, cuts))
    json = options.unit === undefined ? records : records[0]
    text = records.map((record) => appraisalRecordText(record, language)).join('\n')
    sections = appraisalRecordSections(records, language)
  } else if (report === 'unevidenced') {
    const claims = claimedWithoutEvidence(compiled, dataset, cuts)
    json = claims
    text = unevidencedText(claims, language)
    sections = [{ title, grid: unevidencedGrid(claims, language) }]
  } else {
    const changes = appraisalChanges(compiled, dataset, cuts)
    json = changes
    text = changesText(changes, language)
    sections = [{ title, grid: changesGrid(changes, language) }]
  }
  let content: string | Uint8Array
  if (format === 'json') content = `${JSON.stringify(json, null, 2)}\n`
  else if (format === 'html') content = gridsToHtml(`${title} — ${report}`, sections)
  else if (format === 'xlsx') content = await gridsToXlsx(sections)
  else content = text
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out)
  } else io.stdout.write(content as string)
  return EXIT.OK
}

/**
 * Adds `chiso appraisal METHODOLOGY DATA …` to the program.
 *
 * @example
 * ```ts
 * registerAppraisalCommand(program, context, state)
 * ```
 */
export const registerAppraisalCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('appraisal')
    .description(
      'reports of the assessment cycle: appraisal record, claims without evidence, changes by criterion',
    )
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data holding the rounds: a filled workbook, CSV, XLSX or dataset JSON/YAML')
    .addOption(
      new Option('-r, --report <report>', 'which report').choices([...APPRAISAL_REPORTS]).default('record'),
    )
    .option('-u, --unit <code>', 'the unit of the appraisal record (default: every unit)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...APPRAISAL_FORMATS]).default('text'),
    )
    .option('-o, --out <file>', 'write to this file instead of stdout (required for xlsx)')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ chiso appraisal examples/district-cchc/district.methodology.yaml examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx --unit dong-son',
        '  $ chiso appraisal examples/district-cchc/district.methodology.yaml examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx --report unevidenced',
        '  $ chiso appraisal examples/district-cchc/district.methodology.yaml examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx --report changes --format xlsx --out thay-doi.xlsx',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: AppraisalOptions) => {
      state.exitCode = await appraisalCommand(methodology, data, options, context)
    })
}

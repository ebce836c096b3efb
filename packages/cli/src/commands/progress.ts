import type { ImportResult } from '@chiso/adapters'
import {
  type CompiledMethodology,
  dec,
  formatFixed,
  isChisoError,
  type PanelPeriod,
  type ProgressRow,
  parseTargets,
  progress,
  scorePanel,
  type TargetsFile,
} from '@chiso/core'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { createStylist } from '../format/style.js'
import { renderTable } from '../format/table.js'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { writeOutputFile } from '../io/write-output.js'
import { PROGRESS_MESSAGES } from '../messages/progress.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { noteWrote } from './notes.js'
import { loadOwners, nodeCodes, ownerOfNode } from './owners-file.js'
import { loadPeriodMethodologies } from './period-methodologies.js'

/**
 * Options of `chiso progress`.
 *
 * @example
 * ```ts
 * const options: ProgressOptions = { targets: 'targets.yaml', owners: 'owners.yaml', json: true }
 * ```
 */
export interface ProgressOptions extends DataOptions {
  targets: string
  owners?: string
  /** The period of one-period data (a panel names its own). */
  period?: string
  lang?: 'vi' | 'en'
  json?: boolean
  out?: string
}

/**
 * `chiso progress METHODOLOGY DATA --targets FILE [--owners FILE] [--json]`: scores every period of the data
 * (a panel, or one period named with `--period`) and reports, per target, unit and period, the value, whether
 * the target is met, the gap, the trend and the periods left; with `--owners`, the open gaps of the latest
 * period grouped by the office responsible. A target on an unknown node or unit is a located error.
 *
 * @example
 * ```ts
 * await progressCommand('periods.yaml', 'panel.csv', { targets: 'targets.yaml' }, context)
 * // stdout: the progress table; → 0
 * ```
 */
export async function progressCommand(
  methodologyFile: string,
  dataFile: string,
  options: ProgressOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const methodologies = await loadPeriodMethodologies(methodologyFile, io.cwd, context.limits)
  const imported: ImportResult = await loadData(dataFile, options, context, methodologies.single, {
    panel: true,
    ...(methodologies.single ? {} : { leaves: methodologies.leaves }),
  })
  let periods: PanelPeriod[]
  if (imported.panel) {
    if (options.period !== undefined) {
      io.stderr.write(
        `${context.err('red', 'error')}: --period is for one-period data; this file names its periods\n`,
      )
      return EXIT.USAGE
    }
    periods = imported.panel.periods.map(({ period, dataset }) => ({ period, dataset }))
  } else {
    const period = options.period ?? imported.dataset.period
    if (period === undefined) {
      io.stderr.write(
        `${context.err('red', 'error')}: one-period data: say which period it is with --period (e.g. 2023)\n`,
      )
      return EXIT.USAGE
    }
    periods = [{ period, dataset: imported.dataset }]
  }
  const result = scorePanel(periods, methodologies.methodologyFor)
  const used = [
    ...new Set(result.periods.map((p) => methodologies.methodologyFor(p.period) as CompiledMethodology)),
  ]
  const document = readDocument(options.targets, io.cwd)
  let targets: TargetsFile
  try {
    targets = parseTargets(document.value, {
      nodes: nodeCodes(used),
      units: new Set(periods.flatMap((p) => p.dataset.units.map((unit) => unit.code))),
    })
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
  const rows = progress(result.periods, targets)
  const owners = options.owners === undefined ? undefined : loadOwners(options.owners, io.cwd, used)
  const text = PROGRESS_MESSAGES[options.lang ?? context.language ?? 'vi']
  const ownerOfRow = (row: ProgressRow) => {
    if (owners === undefined) return undefined
    if (row.node === undefined) return text.whole
    const compiled = methodologies.methodologyFor(row.period) as CompiledMethodology
    return ownerOfNode(owners, compiled, row.unit, row.node, text.unassigned)
  }
  let content: string
  if (options.json) {
    const withOwners = rows.map((row) => {
      const owner = ownerOfRow(row)
      return owner === undefined ? row : { ...row, owner }
    })
    content = `${JSON.stringify({ targets: targets.targets, rows: withOwners }, null, 2)}\n`
  } else {
    const style = options.out === undefined ? context.out : createStylist(false)
    const lines = [style('bold', `${text.title} — ${options.targets}`), '']
    lines.push(
      renderTable(
        [
          { header: '#' },
          { header: 'Target' },
          { header: 'Unit' },
          { header: 'Period', align: 'right' },
          { header: 'Required' },
          { header: 'Value', align: 'right' },
          { header: '' },
          { header: 'Gap', align: 'right' },
          { header: 'Trend' },
          { header: 'Left', align: 'right' },
        ],
        rows.map((row) => [
          String(row.target + 1),
          row.label ?? '',
          row.unit,
          row.period,
          requirement(row),
          row.value === null ? '' : short(row.value),
          row.met === null ? '' : row.met ? text.met : text.notMet,
          row.gap === null ? '' : short(row.gap),
          row.trend === null ? '' : text.trend[row.trend],
          `${row.periodsLeft}`,
        ]),
        { style },
      ),
    )
    if (owners !== undefined) {
      lines.push(style('bold', text.byOwner))
      // Each target and unit as it last stood: the gaps still open there.
      const last = new Map<string, ProgressRow>()
      for (const row of rows) last.set(`${row.target}\u0000${row.unit}`, row)
      const open = [...last.values()].filter((row) => row.met === false)
      const groups = new Map<string, ProgressRow[]>()
      for (const row of open)
        groups.set(ownerOfRow(row) as string, [...(groups.get(ownerOfRow(row) as string) ?? []), row])
      for (const owner of [...groups.keys()].sort()) {
        lines.push(`${owner}:`)
        for (const row of groups.get(owner) ?? [])
          lines.push(
            `  - ${row.unit} (${row.period}): ${requirement(row)}${row.label ? ` — ${row.label}` : ''}; gap ${short(row.gap ?? '')}`,
          )
      }
      lines.push('')
    }
    content = `${lines.join('\n')}`
  }
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out, (w) => w.rows(rows.length))
  } else io.stdout.write(content)
  return EXIT.OK
}

function requirement(row: ProgressRow): string {
  const node = row.node === undefined ? 'index' : row.node
  switch (row.kind) {
    case 'index':
      return `${node} ≥ ${row.required} % by ${row.by}`
    case 'score':
      return `${node} ≥ ${row.required} points by ${row.by}`
    case 'rank':
      return `rank ≤ ${row.required} by ${row.by}`
    case 'rise':
      return `rise ${row.required} ranks by ${row.by}`
  }
}

/** A decimal shown rounded half-up to at most 2 decimals for reading (the JSON keeps every digit). */
function short(value: string): string {
  if (value === '') return ''
  const exact = dec(value)
  return exact.decimalPlaces() <= 2 ? exact.toFixed() : `≈${formatFixed(exact, 2, 'half-up')}`
}

/**
 * Adds `chiso progress METHODOLOGY DATA --targets FILE [--owners FILE] [--period P] [--json]` to the program.
 *
 * @example
 * ```ts
 * registerProgressCommand(program, context, state)
 * ```
 */
export const registerProgressCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('progress')
    .description('progress toward targets: per unit and period, met or not, the gap, the trend, periods left')
    .argument(
      '<methodology>',
      'a methodology file, a catalogue id (id@version), or a period → methodology map',
    )
    .argument('<data>', 'the data: a panel (period column, or JSON periods) or one period with --period')
    .requiredOption(
      '--targets <file>',
      'a targets file (YAML/JSON): targets: [{ unit, period, node, index | score | rank | rise }]',
    )
    .option(
      '--owners <file>',
      'an owners file (YAML/JSON): owners: [{ node, owner, unit }]; groups the gaps by owner',
    )
    .option('--period <label>', 'the period of one-period data (e.g. 2023)')
    .option('--json', 'print { targets, rows } as JSON (decimals as strings)')
    .option('-o, --out <file>', 'write the result to this file instead of stdout')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'A target holds for a unit (unit: CODE) or every unit, by a period: index: "100" with node: 3.4.1',
        '(the node at 100 % of its maximum), score (points), rank: 10 (top 10) or rise: 10 (from: the base',
        'period, default the period before). Gap: what is still needed (0 once met); trend: against the',
        'previous period; left: periods until the target’s period.',
        '',
        'Examples:',
        '  $ chiso progress examples/district-cchc/panel/periods.yaml examples/district-cchc/panel/districts-panel.synthetic.csv --targets examples/district-cchc/panel/targets.yaml --owners examples/district-cchc/panel/owners.yaml',
        '  $ chiso progress examples/district-cchc/panel/periods.yaml examples/district-cchc/panel/districts-panel.synthetic.csv --targets examples/district-cchc/panel/targets.yaml --json',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: ProgressOptions) => {
      state.exitCode = await progressCommand(methodology, data, options, context)
    })
}

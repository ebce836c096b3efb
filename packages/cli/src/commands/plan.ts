import { ChisoError, isChisoError } from '@chiso/core'
import {
  type PeerProjection,
  type PlanCosts,
  parsePlanCosts,
  planRank,
  planTargets,
  type RankPlan,
  type RankTarget,
  type TargetsPlan,
} from '@chiso/scenarios'
import { type Command, InvalidArgumentError } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatPlanOwners } from '../format/plan-owners.js'
import { formatPlanText } from '../format/plan-text.js'
import { createStylist } from '../format/style.js'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { writeOutputFile } from '../io/write-output.js'
import { type CostModel, describeCostModel } from '../messages/plan-costs.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { noteWrote } from './notes.js'
import { loadOnePeriod } from './one-period.js'
import { loadOwners, ownerOfNode } from './owners-file.js'
import { targetsFor } from './plan-targets.js'
import { unitCodeOption } from './unit-code-option.js'

/**
 * Options of `chiso plan`.
 *
 * @example
 * ```ts
 * const options: PlanCommandOptions = { unit: 'lang-chanh', rise: 10, costs: 'costs.yaml', json: true }
 * ```
 */
export interface PlanCommandOptions extends DataOptions {
  unit: string
  rise?: number
  rank?: number
  overtake?: string
  costs?: string
  /** Comma-separated leaf (or inner node) codes that must not change. */
  lock?: string
  /** `fixed` (default), `last-year` (needs `--last-year`), or `+X` (every peer's index improves by X). */
  peers?: string
  /** Last year's data, for `--peers last-year`. */
  lastYear?: string
  maxCost?: string
  lang?: 'vi' | 'en'
  json?: boolean
  out?: string
  /** A targets file: the unit's rank or rise, whole-index and criteria targets are the plan's targets. */
  targets?: string
  /** An owners file: the steps grouped by the office responsible. */
  owners?: string
  /** The period of a panel to plan from. */
  period?: string
}

const wholeNumber = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1')
  return n
}

const decimal = (value: string): string => {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError('expected a decimal ≥ 0, like 12.5')
  return value
}

const peersOption = (value: string): string => {
  if (value === 'fixed' || value === 'last-year' || /^\+\d+(\.\d+)?$/.test(value)) return value
  throw new InvalidArgumentError('expected fixed, last-year or +X (e.g. +1.5)')
}

/**
 * `chiso plan METHODOLOGY DATA --unit CODE (--rise N | --rank K | --overtake CODE)`: the least-cost set of
 * improvements that brings the unit to the target, verified by re-scoring; or why the target is unreachable.
 *
 * @example
 * ```ts
 * await planCommand('district.methodology.yaml', 'districts-2023.csv', { unit: 'lang-chanh', rise: 10 }, context)
 * // stdout: Plan for lang-chanh — rise 10 ranks: rank 25 → 15 or better … Status: best found …
 * // → 0
 * ```
 */
export async function planCommand(
  methodologyFile: string,
  dataFile: string,
  options: PlanCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const { compiled, dataset } = await loadOnePeriod(methodologyFile, dataFile, options, context)
  // A rank target from the flags; beside --targets it joins the file's value and whole-index targets.
  const flagTarget: RankTarget | undefined =
    options.rise !== undefined
      ? { kind: 'rise', ranks: options.rise }
      : options.rank !== undefined
        ? { kind: 'rank', rank: options.rank }
        : options.overtake !== undefined
          ? { kind: 'overtake', unit: options.overtake }
          : undefined
  const rankFlag =
    options.rise !== undefined
      ? `--rise ${options.rise}`
      : options.rank !== undefined
        ? `--rank ${options.rank}`
        : options.overtake !== undefined
          ? `--overtake ${options.overtake}`
          : undefined
  const fromFile =
    options.targets === undefined
      ? undefined
      : targetsFor(options.targets, options.unit, compiled, io.cwd, rankFlag)
  const target: RankTarget | undefined = fromFile?.target ?? flagTarget

  let costs: PlanCosts | undefined
  let costModel: CostModel = {
    kind: 'default',
    result: compiled.methodology.result.type === 'points' ? 'points' : 'composite',
  }
  if (options.costs !== undefined) {
    const document = readDocument(options.costs, io.cwd)
    try {
      costs = parsePlanCosts(document.value)
      costModel = { kind: 'file', file: options.costs, description: costs.description ?? null }
    } catch (error) {
      if (isChisoError(error)) throw locateInDocument(error, document)
      throw error
    }
  }
  let peers: PeerProjection = { kind: 'fixed' }
  if (options.peers === 'last-year') {
    const last = await loadData(options.lastYear!, options, context, compiled, { notes: false })
    peers = { kind: 'last-year', lastYear: last.dataset }
  } else if (options.peers?.startsWith('+')) peers = { kind: 'uniform', improvement: options.peers.slice(1) }

  let plan: RankPlan | TargetsPlan
  const values = fromFile?.values ?? []
  const wholeIndex = fromFile?.wholeIndex
  try {
    const common = {
      unit: options.unit,
      ...(costs ? { costs } : {}),
      ...(options.lock
        ? {
            lock: options.lock
              .split(',')
              .map((code) => code.trim())
              .filter(Boolean),
          }
        : {}),
      ...(options.maxCost ? { maxCost: options.maxCost } : {}),
      peers,
    }
    // Value targets from the file are constraints of the plan (planTargets); a rank target alone is planRank's.
    plan =
      values.length > 0 || wholeIndex !== undefined || target === undefined
        ? planTargets(compiled, dataset, {
            ...common,
            values,
            ...(target ? { target } : {}),
            ...(wholeIndex ? { wholeIndex } : {}),
          })
        : planRank(compiled, dataset, { ...common, target })
  } catch (error) {
    if (isChisoError(error) && error.code !== 'INTERNAL') {
      const file = error.message.includes('costs') ? options.costs : dataFile
      throw new ChisoError(error.code, error.message.split('\n')[0] ?? error.message, {
        issues: error.issues.map((issue) => ({ message: issue.message, ...(file ? { file } : {}) })),
      })
    }
    throw error
  }
  const toFile = options.out !== undefined
  const owners = options.owners === undefined ? undefined : loadOwners(options.owners, io.cwd, [compiled])
  const ownerOf = (node: string) =>
    owners === undefined ? '' : ownerOfNode(owners, compiled, options.unit, node, '(chưa giao — no owner)')
  const required = fromFile?.required ?? []
  const extra = {
    ...(fromFile ? { targets: { file: options.targets, required } } : {}),
    ...(owners
      ? {
          owners: Object.fromEntries(
            [...plan.steps.map((step) => step.node), ...required.map((r) => r.node)].map((node) => [
              node,
              ownerOf(node),
            ]),
          ),
        }
      : {}),
  }
  const style = toFile ? createStylist(false) : context.out
  const text = options.json
    ? `${JSON.stringify({ methodology: { id: compiled.methodology.id, version: compiled.methodology.version, fingerprint: compiled.fingerprint }, ...plan, costModel, ...extra }, null, 2)}\n`
    : formatPlanText(plan, compiled.methodology, {
        style,
        language: options.lang ?? context.language ?? 'vi',
      }) +
      // Stated on every plan, so a total cost is never read without knowing what it counts.
      `${style('dim', describeCostModel(costModel, options.lang ?? context.language ?? 'vi'))}\n` +
      (required.length > 0 && owners === undefined
        ? `\nAlso required by ${options.targets}: ${required.map((r) => r.text).join('; ')}\n`
        : '') +
      (owners
        ? formatPlanOwners(plan, ownerOf, required, {
            style,
            language: options.lang ?? context.language ?? 'vi',
          })
        : '')
  if (options.out !== undefined) {
    writeOutputFile(options.out, text, io.cwd)
    noteWrote(context, options.out, (w) => w.planStatus(plan.status))
  } else io.stdout.write(text)
  return EXIT.OK
}

/**
 * Adds `chiso plan METHODOLOGY DATA --unit CODE (--rise N | --rank K | --overtake CODE) …` to the program.
 *
 * @example
 * ```ts
 * registerPlanCommand(program, context, state)
 * ```
 */
export const registerPlanCommand: RegisterCommand = (program, context, state) => {
  const command: Command = program
    .command('plan')
    .description('find the least-cost improvements that bring a unit (đơn vị) to a rank target')
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data: CSV, XLSX, or a dataset JSON/YAML')
    .requiredOption('-u, --unit <code>', 'the unit to plan for', unitCodeOption)
    .option('--rise <n>', 'rise N ranks', wholeNumber)
    .option('--rank <k>', 'reach rank K or better', wholeNumber)
    .option('--overtake <code>', 'be ranked ahead of this unit')
    .option('--costs <file>', 'a costs file (YAML/JSON): per-node costs, steps, locks, maxCost')
    .option('--lock <codes>', 'comma-separated criteria (leaves or inner nodes) that must not change')
    .option(
      '--peers <how>',
      'fixed (default), last-year (with --last-year FILE) or +X: each peer’s index + X',
      peersOption,
      'fixed',
    )
    .option('--last-year <file>', 'last year’s data, for --peers last-year (each peer repeats its change)')
    .option('--max-cost <x>', 'cap on the total cost', decimal)
    .option('--json', 'print the plan as JSON (decimals as strings)')
    .option('-o, --out <file>', 'write the result to this file instead of stdout')
    .option(
      '--targets <file>',
      'plan toward the unit’s targets in a targets file: rank or rise, whole index, criteria values (with --rise/--rank/--overtake for the rank)',
    )
    .option('--owners <file>', 'an owners file: group the steps by the office responsible')
    .option('--period <label>', 'a panel (period column): plan from this period’s data')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Additive methodologies are solved exactly (a multiple-choice knapsack): the plan is "optimal" when the',
        'least cost is proven. Cohort-normalised ones are searched with full re-evaluation: "best found".',
        'Every plan is verified by re-scoring the changed data with the engine. Default cost: 1 per point',
        'gained (per unit of value for composite indexes). Survey and statistic criteria are not planned',
        'unless the costs file marks them controllable.',
        '',
        'Costs file: { default: {perPoint, perStep, step, upTo}, nodes: { <code>: {…, controllable} },',
        '              lock: [codes], maxCost }',
        '',
        'Examples:',
        '  $ chiso plan examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit lang-chanh --rise 10',
        '  $ chiso plan examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit lang-chanh --rank 5 --costs examples/district-cchc/chi-phi.minh-hoa.yaml',
        '  $ chiso plan examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --unit quang-nam --overtake da-nang --peers +0.5 --json',
        '  $ chiso plan examples/district-cchc/panel/periods.yaml examples/district-cchc/panel/districts-panel.synthetic.csv --period 2022 --unit tho-xuan --targets examples/district-cchc/panel/targets.yaml --owners examples/district-cchc/panel/owners.yaml',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: PlanCommandOptions) => {
      const ranks = [options.rise, options.rank, options.overtake].filter((value) => value !== undefined)
      if (ranks.length > 1 || (ranks.length === 0 && options.targets === undefined))
        command.error(
          'error: give one of --rise N, --rank K or --overtake CODE, or --targets FILE (alone or with one of them)',
          { exitCode: EXIT.USAGE },
        )
      if (options.peers === 'last-year' && options.lastYear === undefined)
        command.error('error: --peers last-year needs --last-year FILE (last year’s data)', {
          exitCode: EXIT.USAGE,
        })
      state.exitCode = await planCommand(methodology, data, options, context)
    })
}

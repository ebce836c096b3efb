import { dec, toDecimalString } from '../decimal/decimal.js'
import { comparePeriods, periodsBetween } from '../panel/period-order.js'
import type { PeriodScorecard } from '../panel/score-panel.js'
import type { UnitResult } from '../schema/scorecard.js'
import type { Target, TargetsFile } from './targets-schema.js'

/**
 * Where one unit stood against one target in one period: the value measured (index, points, rank, or ranks
 * risen since the base period), whether the target is met, the gap (what is still needed: index points,
 * points, places; `0` once met), the trend against the previous period (`better`, `worse`, `same`) and how
 * many periods are left until the target's period (negative once it is past).
 *
 * @example
 * ```ts
 * const row: ProgressRow = {
 *   target: 0, unit: 'lang-chanh', period: '2023', kind: 'rise', required: '10', value: '4',
 *   met: false, gap: '6', trend: 'better', periodsLeft: 0,
 * }
 * ```
 *
 * @category Targets
 */
export interface ProgressRow {
  /** The target's position in the targets file. */
  target: number
  label?: string
  unit: string
  name?: string
  period: string
  /** The target's period. */
  by: string
  node?: string
  kind: 'index' | 'score' | 'rank' | 'rise'
  required: string
  value: string | null
  met: boolean | null
  gap: string | null
  trend: 'better' | 'worse' | 'same' | null
  periodsLeft: number
}

/**
 * Measures every target against a scored panel: per target, per unit it covers (its `unit`, or every unit of
 * the panel) and per period the unit was scored in, one {@link ProgressRow}, in target, unit, period order.
 * A rise is counted from `from` (default: the panel's period before the target's). Nothing is rounded.
 *
 * @example
 * ```ts
 * const rows = progress(result.periods, parseTargets(document))
 * rows.filter((row) => row.met === false).map((row) => `${row.unit} ${row.period}: gap ${row.gap}`)
 * ```
 *
 * @category Targets
 */
export function progress(periods: ReadonlyArray<PeriodScorecard>, targets: TargetsFile): ProgressRow[] {
  const ordered = [...periods].sort((a, b) => comparePeriods(a.period, b.period))
  const labels = ordered.map((p) => p.period)
  const byPeriod = ordered.map((p) => ({
    period: p.period,
    units: new Map(p.scorecard.units.map((unit) => [unit.unit, unit])),
  }))
  const allUnits = [...new Set(ordered.flatMap((p) => p.scorecard.units.map((unit) => unit.unit)))].sort()
  const rows: ProgressRow[] = []
  targets.targets.forEach((target, index) => {
    const units = target.unit === undefined || target.unit === '*' ? allUnits : [target.unit]
    const kind =
      target.index !== undefined
        ? 'index'
        : target.score !== undefined
          ? 'score'
          : target.rank !== undefined
            ? 'rank'
            : 'rise'
    const required = String(target.index ?? target.score ?? target.rank ?? target.rise)
    const base =
      target.from ?? [...labels].reverse().find((label) => comparePeriods(label, target.period) < 0)
    for (const unit of units) {
      let previous: string | null = null
      for (const { period, units: results } of byPeriod) {
        const result = results.get(unit)
        if (result === undefined) continue
        const value = measure(
          target,
          kind,
          result,
          base === undefined ? undefined : byPeriod.find((p) => p.period === base)?.units.get(unit),
        )
        const met = value === null ? null : isMet(kind, value, required)
        const name = result.name === undefined ? {} : { name: result.name }
        rows.push({
          target: index,
          ...(target.label === undefined ? {} : { label: target.label }),
          unit,
          ...name,
          period,
          by: target.period,
          ...(target.node === undefined ? {} : { node: target.node }),
          kind,
          required,
          value,
          met,
          gap: value === null ? null : met ? '0' : gapOf(kind, value, required),
          trend: value === null || previous === null ? null : trendOf(kind, previous, value),
          periodsLeft: periodsBetween(period, target.period, labels),
        })
        previous = value
      }
    }
  })
  return rows
}

function measure(
  target: Target,
  kind: ProgressRow['kind'],
  result: UnitResult,
  baseResult: UnitResult | undefined,
): string | null {
  if (kind === 'rank') return result.rank === null ? null : String(result.rank)
  if (kind === 'rise') {
    if (result.rank === null || baseResult?.rank == null) return null
    return String(baseResult.rank - result.rank)
  }
  const node = target.node === undefined ? result : result.nodes[target.node]
  if (node === undefined) return null
  return kind === 'index' ? node.index : node.score
}

function isMet(kind: ProgressRow['kind'], value: string, required: string): boolean {
  if (kind === 'rank') return Number(value) <= Number(required)
  return dec(value).gte(dec(required))
}

function gapOf(kind: ProgressRow['kind'], value: string, required: string): string {
  if (kind === 'rank') return String(Number(value) - Number(required))
  return toDecimalString(dec(required).minus(dec(value)))
}

function trendOf(kind: ProgressRow['kind'], previous: string, value: string): ProgressRow['trend'] {
  const change = dec(value).comparedTo(dec(previous))
  const better = kind === 'rank' ? change < 0 : change > 0
  return change === 0 ? 'same' : better ? 'better' : 'worse'
}

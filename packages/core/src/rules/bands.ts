import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import type { InputSpec, OptionIssue } from '../plugin/contract.js'
import { defineRule } from '../plugin/define.js'
import { DecimalStringSchema, NonNegativeDecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { checkAtMostMax, decimalInput, distinctAscending } from './shared.js'

/** One band of {@link bands}: a threshold (`atLeast` or `atMost`) and the points it gives. */
export const BandOptionSchema = lazySchema(() =>
  z.strictObject({
    /** The band applies when x ≥ atLeast (higher is better). */
    atLeast: DecimalStringSchema.optional(),
    /** The band applies when x ≤ atMost (lower is better). */
    atMost: DecimalStringSchema.optional(),
    /** The points the band gives. */
    points: NonNegativeDecimalStringSchema,
  }),
)

/** Options of {@link bands}. */
export const BandsOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** What the thresholds compare: the input `value`, the share done/total, or the percent done/total×100. */
    over: z.enum(['value', 'share', 'percent']).default('value'),
    /** The bands, in any order: all with `atLeast`, or all with `atMost`. */
    bands: z.array(BandOptionSchema).min(1, 'expected at least one band'),
    /** Points when no band applies. Default `'0'`. */
    below: NonNegativeDecimalStringSchema.default('0'),
  }),
)

type BandsOptions = z.output<typeof BandsOptionsSchema>

/** Where the thresholds of each `over` must lie. */
const RANGE: Record<BandsOptions['over'], { max: Dec | null; hint: string }> = {
  value: { max: null, hint: '' },
  share: { max: dec(1), hint: 'shares lie in [0, 1]; for percents use over: percent' },
  percent: { max: dec(100), hint: 'percents lie in [0, 100]' },
}

/**
 * Points by bands (*theo mức*) over a value, a share or a percent: the band with the highest `atLeast` not
 * above x gives its points (or, with `atMost` bands, "lower is better", the band with the lowest `atMost` not
 * below x); `below` (default 0) when no band applies.
 *
 * Inputs: `value` when `over: 'value'` (the default), else `done` and `total` (share = done ÷ total,
 * percent = done ÷ total × 100). Data problems, reported as `INPUT_RANGE`:
 * - `total` = 0, or a negative `done` or `total`: nothing can be measured; scored as `below` (error).
 * - `done` > `total`: scored as if done = total, i.e. a share of 1 (warning) — the unit did at least all of it.
 *
 * Outcomes: every distinct band's points and `below`, ascending.
 *
 * @example
 * ```ts
 * // Share of dossiers settled on time: ≥ 95 % → 2, ≥ 80 % → 1, else 0.
 * const node = { code: '5.2', title: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max: '2',
 *   rule: { use: 'chiso/bands', with: { over: 'percent', bands: [
 *     { atLeast: '95', points: '2' }, { atLeast: '80', points: '1' } ] } } }
 * // done 190, total 200 (95 %) → '2'; done 170, total 200 (85 %) → '1'; done 100, total 200 → '0'
 *
 * // Late reports, lower is better: none → 1, at most 2 → 0.5, more → 0.
 * const late = { code: '1.3', title: 'Báo cáo trễ hạn', max: '1',
 *   rule: { use: 'chiso/bands', with: { bands: [ { atMost: '0', points: '1' }, { atMost: '2', points: '0.5' } ] } } }
 * // value 0 → '1'; value 2 → '0.5'; value 3 → '0'
 * ```
 */
export const bands = defineRule({
  id: 'chiso/bands',
  meta: {
    title: 'Points by bands',
    titleVi: 'Điểm theo mức',
    description:
      'Gives the points of the band reached by a value, a share or a percent (atLeast: higher is better; atMost: lower is better).',
    inputs: (options: BandsOptions): InputSpec =>
      options.over === 'value' ? { value: 'decimal' } : { done: 'decimal', total: 'decimal' },
  },
  options: BandsOptionsSchema,
  check: ({ options, node }) => {
    const issues: OptionIssue[] = []
    const first = options.bands[0]!
    const key: 'atLeast' | 'atMost' =
      first.atLeast === undefined && first.atMost !== undefined ? 'atMost' : 'atLeast'
    const other = key === 'atLeast' ? 'atMost' : 'atLeast'
    const seen = new Map<string, number>()
    const range = RANGE[options.over]
    options.bands.forEach((band, index) => {
      if (band.atLeast === undefined && band.atMost === undefined) {
        issues.push({ path: ['bands', index], message: 'a band needs a threshold: atLeast or atMost' })
      } else if (band.atLeast !== undefined && band.atMost !== undefined) {
        issues.push({ path: ['bands', index, 'atMost'], message: 'a band has atLeast or atMost, not both' })
      } else if (band[other] !== undefined) {
        issues.push({
          path: ['bands', index, other],
          message: `bands mix ${other} with ${key} (bands[0] uses ${key}): use one kind for all bands`,
        })
      } else {
        const threshold = band[key]!
        const canonical = dec(threshold).toFixed()
        const previous = seen.get(canonical)
        if (previous !== undefined) {
          issues.push({
            path: ['bands', index, key],
            message: `duplicate threshold ${threshold} (also bands[${previous}])`,
          })
        } else seen.set(canonical, index)
        const value = dec(threshold)
        if (range.max !== null && (value.isNegative() || value.gt(range.max))) {
          issues.push({
            path: ['bands', index, key],
            message: `threshold ${threshold} is out of range for over: ${options.over} (${range.hint})`,
          })
        }
      }
      issues.push(...checkAtMostMax(['bands', index, 'points'], band.points, node))
    })
    issues.push(...checkAtMostMax(['below'], options.below, node))
    return issues
  },
  score: ({ input, options, report }) => {
    let x: Dec
    if (options.over === 'value') {
      x = decimalInput(input, 'value')
    } else {
      let done = decimalInput(input, 'done')
      const total = decimalInput(input, 'total')
      if (total.isNegative() || done.isNegative()) {
        report(
          'INPUT_RANGE',
          `done ${done.toFixed()} and total ${total.toFixed()} must not be negative: scored as below`,
          'error',
        )
        return dec(options.below)
      }
      if (total.isZero()) {
        report('INPUT_RANGE', 'total is 0: the share is undefined, scored as below', 'error')
        return dec(options.below)
      }
      if (done.gt(total)) {
        report(
          'INPUT_RANGE',
          `done ${done.toFixed()} exceeds total ${total.toFixed()}: scored as done = total`,
          'warning',
        )
        done = total
      }
      x = options.over === 'share' ? done.div(total) : done.times(100).div(total)
    }
    return pickBand(options, x)
  },
  outcomes: ({ options }) =>
    distinctAscending([...options.bands.map((band) => dec(band.points)), dec(options.below)]),
})

/** The points of the band x reaches, or `below`. */
function pickBand(options: BandsOptions, x: Dec): Dec {
  let best: { threshold: Dec; points: string } | undefined
  for (const band of options.bands) {
    if (band.atLeast !== undefined) {
      const threshold = dec(band.atLeast)
      if (threshold.lte(x) && (best === undefined || threshold.gt(best.threshold)))
        best = { threshold, points: band.points }
    } else if (band.atMost !== undefined) {
      const threshold = dec(band.atMost)
      if (threshold.gte(x) && (best === undefined || threshold.lt(best.threshold)))
        best = { threshold, points: band.points }
    }
  }
  return dec(best?.points ?? options.below)
}

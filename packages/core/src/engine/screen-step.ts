// Screening, the data-preparation stage after imputation (COINr's `Screen`): every leaf at once, units below
// the data-availability threshold leave every cohort.
import { type Dec, dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { EvaluationContext } from './evaluation-context.js'

/**
 * Screens units before any treatment or normalisation (COINr's `Screen`): a unit whose share of leaves with a
 * value (among the leaves that apply to it) is below `screen.minShare`, or whose share of non-zero values
 * (among the leaves with a value) is below `screen.minNonZeroShare`, leaves every cohort — each of its leaves
 * is put in error, so it sets no cohort's minimum, maximum, mean or rank — and is reported (`SCREENED_OUT`)
 * and left unranked. A unit with no value at all has no share of zeros: only the data-availability
 * threshold can screen it (COINr's share is 0/0 there, and its screened data set gets a row of NAs).
 */
export function screenUnits(context: EvaluationContext): void {
  const { model, states } = context
  const { minShare, minNonZeroShare } = model.screen!
  const size = context.unitCodes.length
  // The shares as decimals, and whether each is below its threshold, once per (count, of) pair: few distinct
  // pairs occur.
  const shares = new Map<number, { share: Dec; below: boolean }>()
  const shareOf = (count: number, of: number, threshold: Dec | null) => {
    // Counts are at most the number of leaves; the threshold of a pair is always the same one.
    const key = count * 0x10000000 + of * 2 + (threshold === minShare ? 0 : 1)
    let share = shares.get(key)
    if (share === undefined) {
      const value = of === 0 ? dec(0) : dec(count).div(of)
      share = { share: value, below: threshold !== null && value.lt(threshold) }
      shares.set(key, share)
    }
    return share
  }
  // The counts of every unit, leaf by leaf (a leaf's statuses lie together).
  const applicable = new Array<number>(size).fill(0)
  const present = new Array<number>(size).fill(0)
  const zeros = new Array<number>(size).fill(0)
  for (const leaf of model.leaves) {
    const column = states[leaf.index]!.pre
    const status = column.status
    for (let unit = 0; unit < size; unit++) {
      const at = status[unit]
      if (at === 'na') continue
      applicable[unit]!++
      if (at !== 'ok') continue
      present[unit]!++
      // Zeros count only for their own threshold (reading a value's digits is not free).
      if (minNonZeroShare !== null && column.values[unit]?.isZero()) zeros[unit]!++
    }
  }
  for (let unit = 0; unit < size; unit++) {
    const available = shareOf(present[unit]!, applicable[unit]!, minShare)
    const nonZero =
      present[unit] === 0 ? null : shareOf(present[unit]! - zeros[unit]!, present[unit]!, minNonZeroShare)
    if (!available.below && !nonZero?.below) continue
    const share = available.share
    const reasons: string[] = []
    if (minShare !== null && available.below)
      reasons.push(
        `data availability ${percentOf(share)} % (${present[unit]} of ${applicable[unit]} indicators) is below the screening threshold ${minShare.times(100).toFixed()} %`,
      )
    if (minNonZeroShare !== null && nonZero?.below)
      reasons.push(
        `non-zero values ${percentOf(nonZero.share)} % (${present[unit]! - zeros[unit]!} of ${present[unit]} values) is below the screening threshold ${minNonZeroShare.times(100).toFixed()} %`,
      )
    context.screened[unit] = {
      code: DIAGNOSTIC_CODES.SCREENED_OUT,
      severity: 'warning',
      unit: context.unitCodes[unit]!,
      message: `${reasons.join('; ')}; the unit is left out of every cohort and not ranked`,
    }
    for (const leaf of model.leaves) {
      const column = states[leaf.index]!.pre
      if (column.status[unit] === 'na') continue
      column.status[unit] = 'error'
      column.values[unit] = null
      column.maxes[unit] = null
    }
  }
}

function percentOf(share: Dec): string {
  return share.times(100).toDecimalPlaces(1).toFixed()
}

// The range of a slider for one rule input of one leaf, read from the methodology: the node's maximum, the
// rule's options (survey scale, band thresholds, deduction step) and the unit's own `total`. Counts move in
// whole steps; other values in steps of the methodology's display precision (0.01 for 2 decimals).
import { Dec, dec, type MethodologyNode, type Observation, toDecimalString } from '@chiso/core'

/** Bounds and step of a range input, as decimal strings (what `<input type="range">` takes). */
export interface InputRange {
  readonly min: string
  readonly max: string
  readonly step: string
}

/** The values of one leaf's input fields for one unit, by field name. */
export type LeafInputs = ReadonlyMap<string, Observation['value']>

type Options = Record<string, unknown>

/**
 * The slider range of `field` of a leaf, or `undefined` when it is not something a slider should move: a
 * denominator (`total`), an input without a known bound, or a leaf that does not apply to the unit.
 * Booleans are not handled here (the page shows them as a two-position slider, không/có).
 *
 * @example
 * ```ts
 * inputRange(surveyLeaf, 'value', new Map([['value', '4.63']]), 2) // { min: '1', max: '5', step: '0.01' }
 * inputRange(bandsLeaf, 'done', new Map([['done', '23'], ['total', '24']]), 2) // { min: '0', max: '24', step: '1' }
 * ```
 */
export function inputRange(
  node: MethodologyNode,
  field: string,
  inputs: LeafInputs,
  displayDecimals: number,
): InputRange | undefined {
  if ([...inputs.values()].includes('NA') || !node.rule) return undefined
  const fine = dec(1).div(dec(10).pow(displayDecimals))
  const current = decimalOf(inputs.get(field))
  if (field === 'total') return undefined
  if (field === 'done') {
    const total = decimalOf(inputs.get('total'))
    return total?.gt(0) ? widen(dec(0), total, dec(1), current) : undefined
  }
  if (field !== 'value') return undefined
  const options: Options = (node.rule.with as Options | undefined) ?? {}
  switch (node.rule.use) {
    case 'chiso/points':
      return node.max === undefined ? undefined : widen(dec(0), dec(node.max), fine, current)
    case 'chiso/survey': {
      const scale = options.scale as { min: string; max: string } | undefined
      if (options.mode === 'mean' && scale) return widen(dec(scale.min), dec(scale.max), fine, current)
      return options.mode === 'share' ? widen(dec(0), dec(1), fine, current) : undefined
    }
    case 'chiso/proportional':
      return options.over === 'value'
        ? widen(dec(0), dec((options.full as string | undefined) ?? '1'), fine, current)
        : undefined
    case 'chiso/deduction': {
      // A count of late reports, violations…: from none to the count that takes every point away.
      const start = (options.start as string | undefined) ?? node.max
      if (start === undefined) return undefined
      const floor = dec((options.floor as string | undefined) ?? '0')
      const count = dec(start)
        .minus(floor)
        .div(dec(options.per as string))
        .ceil()
      return widen(dec(0), count, dec(1), current)
    }
    case 'chiso/bands':
      return bandsRange(options, fine, current)
    default:
      return undefined
  }
}

/** Band thresholds over a raw value: from 0 (or the lowest threshold) to one band's width past the top. */
function bandsRange(options: Options, fine: Dec, current: Dec | undefined): InputRange | undefined {
  const over = (options.over as string | undefined) ?? 'value'
  if (over === 'share') return widen(dec(0), dec(1), fine, current)
  if (over !== 'value') return undefined
  const thresholds = (options.bands as Array<{ atLeast?: string; atMost?: string }>)
    .map((band) => band.atLeast ?? band.atMost)
    .filter((threshold): threshold is string => threshold !== undefined)
    .map((threshold) => dec(threshold))
    .sort((a, b) => a.comparedTo(b))
  const top = thresholds[thresholds.length - 1]
  if (top === undefined) return undefined
  const below = thresholds[thresholds.length - 2]
  const width = below === undefined ? top.abs() : top.minus(below)
  return widen(Dec.min(dec(0), thresholds[0]!), top.plus(width), fine, current)
}

/** A range that also holds the unit's current value, so showing it never clamps the data. */
function widen(min: Dec, max: Dec, step: Dec, current: Dec | undefined): InputRange {
  const low = current?.lt(min) ? current : min
  const high = current?.gt(max) ? current : max
  return { min: toDecimalString(low), max: toDecimalString(high), step: toDecimalString(step) }
}

function decimalOf(value: Observation['value'] | undefined): Dec | undefined {
  return typeof value === 'string' && value !== 'NA' ? dec(value) : undefined
}

// The built-in `chiso/mean` (aggregators/mean.ts) for a whole column on exact BigInt-scaled values
// (decimal/scaled.ts): the same sums, products and one division, each rounded to 40 digits as decimal.js rounds
// it, so every value is the plugin's digit for digit (fast-mean.prop.test.ts). Taken on a first evaluation
// without traces; every cell it does not settle (a child in error, no child present, a weight sum of 0, a
// negative weight, operands too far apart for `addScaled`) goes to the general path. A change to the plugin's
// arithmetic must be mirrored here.
import { Dec } from '../decimal/decimal.js'
import {
  addScaled,
  compareScaled,
  digitCount,
  digitCountNear,
  halfPow10,
  pow10,
  type Scaled,
} from '../decimal/scaled.js'
import { ScaledDivisor } from '../decimal/scaled-divisor.js'
import type { NodeState } from './columns.js'
import type { EvaluationContext } from './evaluation-context.js'

const DIGITS = Dec.precision
const ZERO: Scaled = { c: 0n, e: 0 }
// As addScaled: decimal.js adds operands whose leading digits lie further apart on a shortened copy.
const MAX_ADD_GAP = 40
const FORTY_DIGITS = pow10(DIGITS - 1)
const FORTY_TWO_DIGITS = pow10(DIGITS + 1)
const FORTY_ONE_DIGITS = pow10(DIGITS)
// NO_CARRY_BELOW[k] = 10^40 − 10^(40−k): a 40-digit term below it plus a term of at most 40 digits k places
// finer stays below 10^(40+k), so the sum keeps the coarser term's 40 digits and k more (see the sums below).
const NO_CARRY_BELOW: bigint[] = [0n]
for (let k = 1; k <= MAX_ADD_GAP; k++) NO_CARRY_BELOW.push(pow10(DIGITS) - pow10(DIGITS - k))

/**
 * A `chiso/mean` node, a column at once: `Σ wᵢ·xᵢ ÷ Σ wᵢ` over the children present, clamped to their
 * smallest and largest value, for every unit whose children are all present or skipped and whose weights are
 * usable; every other unit goes to `general`. Fresh columns need no reset.
 *
 * @example
 * ```ts
 * evaluateMeanColumn(context, state, (unit) => evaluation.evaluateUnit(state, unit))
 * ```
 */
export function evaluateMeanColumn(
  context: EvaluationContext,
  state: NodeState,
  general: (unit: number) => void,
): void {
  const { cache } = context
  const children = state.node.children.map((index) => context.states[index]!)
  const childStatus = children.map((child) => child.final.status)
  const childValues = children.map((child) => child.final.values)
  const weights = children.map((child) => cache.exact(child.node.weight))
  if (weights.some((weight) => weight.c < 0n)) {
    for (let unit = 0; unit < state.pre.values.length; unit++) general(unit)
    return
  }
  const { values } = state.pre
  const count = children.length

  // Σw depends only on which children are present: computed once per pattern (for up to 30 children), with
  // the constants of dividing by it (null for a sum of 0, which the general path reports).
  const totals = new Map<number, ScaledDivisor | null | undefined>()
  const plainWeights = plainSumExponent(weights)
  const totalOf = (unit: number, mask: number): ScaledDivisor | null | undefined => {
    if (count <= 30) {
      const known = totals.get(mask)
      if (known !== undefined || totals.has(mask)) return known
    }
    let total: Scaled | undefined = ZERO
    if (plainWeights !== undefined) {
      // What addScaled gives for these weights (see plainSumExponent), without its digit counts.
      let sum = 0n
      for (let c = 0; c < count; c++) if (childStatus[c]![unit] === 'ok') sum += weights[c]!.c
      total = sum === 0n ? ZERO : { c: sum, e: plainWeights }
    } else {
      for (let c = 0; c < count && total !== undefined; c++)
        if (childStatus[c]![unit] === 'ok') total = addScaled(total, weights[c]!, DIGITS)
    }
    const divisor = total === undefined ? undefined : total.c === 0n ? null : new ScaledDivisor(total, DIGITS)
    if (count <= 30) totals.set(mask, divisor)
    return divisor
  }

  for (let unit = 0; unit < values.length; unit++) {
    const mean = meanOf(unit)
    if (mean === undefined) general(unit)
    else values[unit] = mean
  }

  function meanOf(unit: number): Dec | undefined {
    let mask = 0
    for (let c = 0; c < count; c++) {
      const status = childStatus[c]![unit]
      if (status === 'error') return undefined
      if (status === 'ok') mask |= 1 << (c & 31)
    }
    if (mask === 0) return undefined
    const totalWeight = totalOf(unit, mask)
    if (totalWeight === undefined || totalWeight === null) return undefined
    // Σ wᵢ·xᵢ as decimal.js takes it (each product and each partial sum rounded to 40 digits, see
    // multiplyScaled and addScaled), kept in local variables — coefficient, exponent, digit count — instead of
    // a new object per step.
    let totalC = 0n
    let totalE = 0
    let totalDigits = 0
    for (let c = 0; c < count; c++) {
      const weight = weights[c]!
      if (childStatus[c]![unit] !== 'ok' || weight.c === 0n) continue
      const value = childValues[c]![unit]!
      const exact = cache.exact(value)
      // The product, rounded to 40 digits (a weight of 1 leaves the value as it is).
      let productC = weight.c === 1n && weight.e === 0 ? exact.c : exact.c * weight.c
      let productE = weight.c === 1n && weight.e === 0 ? exact.e : exact.e + weight.e
      let productDigits = 0
      if (productC === 0n) productE = 0
      else {
        const magnitude = productC < 0n ? -productC : productC
        // Most children are fast-path results of 40 digits (41 after a carry): two comparisons say so.
        productDigits =
          magnitude >= FORTY_DIGITS && magnitude < FORTY_TWO_DIGITS
            ? digitCountNear(magnitude, DIGITS)
            : digitCount(magnitude)
        if (productDigits > DIGITS) {
          // Half up in one step: ⌊(m + half a unit) ÷ unit⌋.
          const drop = productDigits - DIGITS
          const kept = (magnitude + halfPow10(drop)) / pow10(drop)
          productC = productC < 0n ? -kept : kept
          productE += drop
          productDigits = digitCountNear(kept, DIGITS)
        }
      }
      // The partial sum, rounded to 40 digits; operands more than 40 places apart go to the general path.
      if (totalC === 0n) {
        totalC = productC
        totalE = productE
        totalDigits = productDigits
      } else if (productC !== 0n) {
        const gap = totalE + totalDigits - (productE + productDigits)
        if (gap > MAX_ADD_GAP || gap < -MAX_ADD_GAP) return undefined
        // Two positive terms, one of 40 digits (C, below NO_CARRY_BELOW[k]) and one of at most 40 digits (F) k
        // places finer: the exact sum C·10^k + F has exactly 40 + k digits, so it is rounded by dropping k, and
        // as C·10^k is a multiple of 10^k that is C + ⌊(F + half of 10^k) ÷ 10^k⌋, below 10^40 — three BigInt
        // operations instead of aligning, adding, counting and rounding (four).
        if (totalC > 0n && productC > 0n) {
          if (
            totalE > productE &&
            totalDigits === DIGITS &&
            productDigits <= DIGITS &&
            totalC < NO_CARRY_BELOW[totalE - productE]!
          ) {
            const k = totalE - productE
            totalC += (productC + halfPow10(k)) / pow10(k)
            continue
          }
          if (
            productE > totalE &&
            productDigits === DIGITS &&
            totalDigits <= DIGITS &&
            productC < NO_CARRY_BELOW[productE - totalE]!
          ) {
            const k = productE - totalE
            totalC = productC + (totalC + halfPow10(k)) / pow10(k)
            totalE = productE
            totalDigits = DIGITS
            continue
          }
        }
        let sumC: bigint
        let sumE: number
        if (totalE === productE) {
          sumC = totalC + productC
          sumE = totalE
        } else if (totalE > productE) {
          sumC = totalC * pow10(totalE - productE) + productC
          sumE = productE
        } else {
          sumC = totalC + productC * pow10(productE - totalE)
          sumE = totalE
        }
        if (sumC === 0n) {
          totalC = 0n
          totalE = 0
          totalDigits = 0
        } else {
          const magnitude = sumC < 0n ? -sumC : sumC
          // Two positive terms: the sum has as many digits as the longer one (aligned), or one more.
          let sumDigits =
            totalC > 0n && productC > 0n
              ? digitCountNear(
                  magnitude,
                  Math.max(totalDigits + totalE - sumE, productDigits + productE - sumE),
                )
              : digitCount(magnitude)
          if (sumDigits > DIGITS) {
            const drop = sumDigits - DIGITS
            const kept = (magnitude + halfPow10(drop)) / pow10(drop)
            sumC = sumC < 0n ? -kept : kept
            sumE += drop
            sumDigits = digitCountNear(kept, DIGITS)
          }
          totalC = sumC
          totalE = sumE
          totalDigits = sumDigits
        }
      }
    }
    // Σ wᵢ·xᵢ ÷ Σ wᵢ, as divideScaled rounds it, in three BigInt operations (see ScaledDivisor).
    const mean = totalWeight.divide(totalC, totalE, totalC === 0n ? undefined : totalDigits)
    // withinChildren: below the smallest child (above the largest) the mean is that child. A mean with a child
    // on either side needs no clamp, which the first few children usually show.
    let below = true
    let above = true
    for (let c = 0; c < count && (below || above); c++) {
      if (childStatus[c]![unit] !== 'ok' || weights[c]!.c === 0n) continue
      const order = compareScaled(mean, cache.exact(childValues[c]![unit]!))
      if (order >= 0) below = false
      if (order <= 0) above = false
    }
    if (below || above) return extremeChild(unit, below ? -1 : 1)
    return cache.fromExact(mean)
  }

  /** The first child (weighted, present) holding the smallest (−1) or largest (1) value, as the plugin picks it. */
  function extremeChild(unit: number, side: -1 | 1): Dec {
    let found: Dec | undefined
    let foundExact: Scaled = ZERO
    for (let c = 0; c < count; c++) {
      if (childStatus[c]![unit] !== 'ok' || weights[c]!.c === 0n) continue
      const value = childValues[c]![unit]!
      const exact = cache.exact(value)
      if (found === undefined || compareScaled(exact, foundExact) === side) {
        found = value
        foundExact = exact
      }
    }
    return found!
  }
}

/**
 * The exponent all `weights` share when the sum of their coefficients (non-negative) stays below 10^40, or
 * undefined. Then every partial sum is exact and keeps that exponent, so adding any of them with `addScaled`
 * (which rounds nothing below 40 digits, and takes a zero term as the other one) gives `{ c: Σ c, e }` — or
 * ZERO when nothing but zeros was added.
 */
function plainSumExponent(weights: ReadonlyArray<Scaled>): number | undefined {
  let sum = 0n
  const exponent = weights.find((weight) => weight.c !== 0n)?.e ?? 0
  for (const weight of weights) {
    if (weight.e !== exponent && weight.c !== 0n) return undefined
    sum += weight.c
  }
  return sum < FORTY_ONE_DIGITS ? exponent : undefined
}

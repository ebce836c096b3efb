// Presentation rounding (a methodology's `display` and a node's `round`): rounding twice is rounding once.

import { dec, formatFixed, roundDecimal } from '@chiso/core'
// The SDK's arbitraries, from source: core cannot depend on @chiso/sdk (which depends on core).
import { decimalStringArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const RUNS = propertyRuns(100)

describe('presentation rounding', () => {
  it('is idempotent in every mode, moves a value by less than one unit of the last place, and formats consistently', () => {
    const modes = ['half-up', 'half-even', 'down', 'up'] as const
    fc.assert(
      fc.property(
        fc.oneof(
          decimalStringArb({ min: '-1000', max: '1000', scale: 8 }),
          decimalStringArb({ min: '-1', max: '1', scale: 30 }),
        ),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...modes),
        (text, decimals, mode) => {
          const x = dec(text)
          const once = roundDecimal(x, decimals, mode)
          expect(roundDecimal(once, decimals, mode).eq(once)).toBe(true)
          expect(once.decimalPlaces()).toBeLessThanOrEqual(decimals)
          expect(once.minus(x).abs().lt(dec(10).pow(-decimals))).toBe(true)
          expect(formatFixed(once, decimals, mode)).toBe(formatFixed(x, decimals, mode))
          // down never moves away from zero, up never towards it.
          if (mode === 'down') expect(once.abs().lte(x.abs())).toBe(true)
          if (mode === 'up') expect(once.abs().gte(x.abs())).toBe(true)
        },
      ),
      RUNS,
    )
  })
})

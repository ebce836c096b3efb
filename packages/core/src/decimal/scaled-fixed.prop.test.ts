import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec } from './decimal.js'
import { formatFixed, type RoundingMode } from './round.js'
import type { Scaled } from './scaled.js'
import { fixedScaled } from './scaled-fixed.js'

// Every rounding mode, on 40-digit values and on short ones that land on halves, on zero and on values that
// round to zero from either side.
const value = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 41n), max: 10n ** 41n }), fc.integer({ min: -45, max: 5 })),
  fc.tuple(fc.bigInt({ min: -999n, max: 999n }), fc.integer({ min: -6, max: 2 })),
)
const mode = fc.constantFrom<RoundingMode>('half-up', 'half-even', 'down', 'up')

test.prop([value, fc.integer({ min: 0, max: 8 }), mode], propertyRuns(300))(
  'formats an exact value as formatFixed does',
  ([c, e], decimals, rounding) => {
    const x: Scaled = { c, e }
    expect(fixedScaled(x, decimals, rounding)).toBe(formatFixed(dec(`${c}e${e}`), decimals, rounding))
  },
)

// Exact halves (…5 one place beyond the kept ones, possibly with trailing zeros), where the modes differ.
test.prop(
  [
    fc.bigInt({ min: -9999n, max: 9999n }),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 3 }),
    mode,
  ],
  propertyRuns(200),
)('rounds exact halves as formatFixed does', (kept, decimals, zeros, rounding) => {
  const c = (kept * 10n + (kept < 0n ? -5n : 5n)) * 10n ** BigInt(zeros)
  const e = -(decimals + 1 + zeros)
  expect(fixedScaled({ c, e }, decimals, rounding)).toBe(formatFixed(dec(`${c}e${e}`), decimals, rounding))
})

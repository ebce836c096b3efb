import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { formatFixed, type RoundingMode } from '../decimal/round.js'
import { createEngine } from './create-engine.js'
import { rankingKeyOf } from './ranking-key.js'

// A composite's score is the root's value × the scale, as decimal.js's `times` gives it, and its display and
// rank follow from it; the scorecard takes all three from the exact forms the fast paths keep. Scales with many
// digits make the product round at 40 digits; the root is a mean of min-max values (40-digit quotients).
// '1' (the default) is taken apart: the score is then the root's own decimal; other whole scales beside it
// (this fails when any scale of exponent 0 is taken for 1; checked).
const scale = fc.oneof(
  fc.constant('1'),
  fc.integer({ min: 2, max: 1000 }).map(String),
  fc
    .tuple(fc.stringMatching(/^[1-9]\d{0,24}$/), fc.integer({ min: 0, max: 12 }))
    .map(([digits, places]) => dec(`${digits}e-${places}`).toFixed()),
)
const value = fc.integer({ min: -10_000, max: 10_000 }).map((n) => (n / 7).toFixed(3))

const mode = fc.constantFrom<RoundingMode>('half-up', 'half-even', 'down', 'up')

test.prop(
  [
    scale,
    fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 8 }),
    fc.integer({ min: 0, max: 4 }),
    mode,
  ],
  propertyRuns(40),
)(
  'scores, displays and ranks a composite (root × scale) as decimal.js would',
  (scaleText, rows, decimals, rounding) => {
    const compiled = createEngine().compile({
      id: 'scale-test',
      version: '1.0.0',
      title: 'Scale test (illustrative)',
      result: { type: 'composite', scale: scaleText },
      display: { decimals, mode: rounding },
      tree: [
        {
          code: 'r',
          title: 'r',
          children: ['a', 'b'].map((code) => ({
            code,
            title: code,
            rule: { use: 'chiso/value' },
            normalise: { use: 'chiso/min-max', with: { l: '0', u: '100' } },
          })),
        },
      ],
    })
    const units = rows.map((_, u) => ({ code: `u${u}` }))
    const observations = rows.flatMap(([a, b], u) => [
      { unit: `u${u}`, node: 'a', value: a },
      { unit: `u${u}`, node: 'b', value: b },
    ])
    const card = compiled.evaluate({ units, observations }, { trace: false })
    for (const unit of card.units) {
      // The one top-level node's value is the root's.
      const top = unit.nodes.r!.score
      if (top === null) continue
      expect(unit.score).toBe(toDecimalString(dec(top).times(scaleText)))
      expect(unit.indexDisplay).toBe(formatFixed(dec(unit.index!), decimals, rounding))
    }
    // Competition ranks on the ranking keys (the index to 34 digits), as decimal.js compares them.
    const keys = card.units.map((unit) => (unit.index === null ? null : rankingKeyOf(dec(unit.index))))
    card.units.forEach((unit, u) => {
      const key = keys[u]!
      expect(unit.rank).toBe(key === null ? null : 1 + keys.filter((other) => other?.gt(key)).length)
    })
  },
)

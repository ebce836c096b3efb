import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { createEngine } from './create-engine.js'

// A composite's score is the root's value × the scale, as decimal.js's `times` gives it; the scorecard takes it
// from the exact forms the fast paths keep. Scales with many digits make the product round at 40 digits, and
// the root here is a mean of min-max values (40-digit quotients) under one top-level node.
const scale = fc
  .tuple(fc.stringMatching(/^[1-9]\d{0,24}$/), fc.integer({ min: 0, max: 12 }))
  .map(([digits, places]) => dec(`${digits}e-${places}`).toFixed())
const value = fc.integer({ min: -10_000, max: 10_000 }).map((n) => (n / 7).toFixed(3))

test.prop([scale, fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 8 })], propertyRuns(40))(
  'scores a composite as root × scale, rounded as decimal.js rounds it',
  (scaleText, rows) => {
    const compiled = createEngine().compile({
      id: 'scale-test',
      version: '1.0.0',
      title: 'Scale test (illustrative)',
      result: { type: 'composite', scale: scaleText },
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
    }
  },
)

// The pipeline's column paths (prepare-leaf-column.ts: leaves read exact and unparsed, denomination on exact
// forms; impute-step.ts: the mean imputation's exact mean; treat-step.ts: the treatment reading exact forms and
// deciding from a bounded float estimate) give the scorecard of the unit paths, decimal.js throughout: the same methodology scored with a
// trace and with copies of the built-in items as a plugin's, with a trace (the leaf rule called for each unit
// and denominated with decimal.js, the stages' and min-max's `normalise` called as any plugin's, results
// checked, the mean taken unit by unit), byte for byte once the trace is set aside; and the two traces are the
// same too.
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { dec } from '../decimal/decimal.js'
import { minMax } from '../normalisers/min-max.js'
import { imputeMean } from '../pipeline/impute.js'
import { skewKurtosis } from '../pipeline/treat.js'
import { defineNormaliser, definePlugin, defineRule } from '../plugin/define.js'
import { value as valueRule } from '../rules/value.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { createEngine } from './create-engine.js'

const copies = definePlugin({
  name: 'copies',
  rules: [defineRule({ ...valueRule, id: 'copies/value' })],
  normalisers: [
    defineNormaliser({ ...imputeMean, id: 'copies/impute-mean' }),
    defineNormaliser({ ...skewKurtosis, id: 'copies/skew-kurtosis' }),
    // Min-max as a plugin: the column paths' 40-digit values (denominated, imputed, logged) aligned to one unit
    // have spreads of over 40 digits, which the exact min-max takes in one division (fast-min-max-rounded-spread.ts).
    defineNormaliser({ ...minMax, id: 'copies/min-max' }),
  ],
})
const engine = createEngine({ plugins: [copies] })

const LEAVES = ['a', 'b', 'c', 'd', 'e']

// Values of up to 20 significant digits, a few outliers (so columns get winsorised and logged), missing cells,
// and denominators that are sometimes zero or missing.
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -500, max: 500 }).map(String) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[1-9]\d{0,19}$/), fc.integer({ min: -12, max: 4 }))
      .map(([digits, exponent]) => dec(`${digits}e${exponent}`).toFixed()),
  },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 10_000_000 }).map(String) },
)
const cell = fc.option(value, { nil: null, freq: 6 })
const denominator = fc.option(
  fc.oneof(
    fc.constant('0'),
    fc.integer({ min: 1, max: 10_000 }).map(String),
    fc.stringMatching(/^[1-9]\d{0,15}\.\d{1,9}$/),
  ),
  { nil: null, freq: 8 },
)
const rowsArb = fc.array(fc.tuple(fc.array(cell, { minLength: 5, maxLength: 5 }), denominator), {
  minLength: 4,
  maxLength: 14,
})

const methodology = (
  prefix: 'chiso' | 'copies',
  maxPoints: number,
  afterwards: 'log' | 'none',
  screen: string,
): MethodologyInput => ({
  id: 'test.pipeline-columns',
  version: '1.0.0',
  title: 'Pipeline column paths (illustrative)',
  status: 'illustrative',
  result: { type: 'composite' },
  missing: 'skip',
  ...(prefix === 'copies' ? { plugins: ['copies'] } : {}),
  columns: [{ code: 'POP' }],
  screen: { minShare: screen },
  tree: LEAVES.map((code, i) => ({
    code,
    title: code,
    rule: { use: `${prefix}/value` },
    ...(i % 2 === 0 ? { denominate: { by: 'POP', ...(i === 2 ? { scale: '1000' } : {}) } } : {}),
    impute: { use: `${prefix}/impute-mean`, with: { by: i < 3 ? 'group' : 'cohort' } },
    treat: { use: `${prefix}/skew-kurtosis`, with: { maxPoints, afterwards } },
    normalise: { use: `${prefix}/min-max` },
  })) as MethodologyInput['tree'],
})

// Compiled once per variant: compiling (parsing and checking the methodology) costs as much as scoring.
const compiledOf = (() => {
  const compiled = new Map<string, ReturnType<typeof engine.compile>>()
  return (...args: Parameters<typeof methodology>) => {
    const key = args.join('|')
    let found = compiled.get(key)
    if (found === undefined) {
      found = engine.compile(methodology(...args))
      compiled.set(key, found)
    }
    return found
  }
})()

const datasetOf = (rows: ReadonlyArray<readonly [ReadonlyArray<string | null>, string | null]>) => ({
  units: rows.map((_, u) => ({ code: `u${u}`, group: u % 3 === 0 ? 'g' : 'h' })),
  observations: rows.flatMap(([cells, population], u) => [
    ...cells.flatMap((text, i) => (text === null ? [] : [{ unit: `u${u}`, node: LEAVES[i]!, value: text }])),
    ...(population === null ? [] : [{ unit: `u${u}`, node: 'POP', value: population }]),
  ]),
})

/** The scorecard as JSON without its traces and with the copies' ids written as the built-ins'. */
function comparable(card: unknown): string {
  return JSON.stringify(card, (key, entry) =>
    key === 'trace' || key === 'steps' ? undefined : entry,
  ).replaceAll('copies/', 'chiso/')
}

describe('pipeline column paths', () => {
  test.prop(
    [
      rowsArb,
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('log' as const, 'none' as const),
      fc.constantFrom('0', '0.6'),
    ],
    propertyRuns(25),
  )('give the unit paths’ scorecard', (rows, maxPoints, afterwards, screen) => {
    const dataset = datasetOf(rows)
    const fast = compiledOf('chiso', maxPoints, afterwards, screen).evaluate(dataset, { trace: false })
    const traced = compiledOf('chiso', maxPoints, afterwards, screen).evaluate(dataset, { trace: true })
    // The copies with a trace: every cell through the unit steps and the plugins' own calls.
    const plugin = compiledOf('copies', maxPoints, afterwards, screen).evaluate(dataset, { trace: true })
    const expected = comparable(plugin.units)
    expect(comparable(fast.units)).toBe(expected)
    expect(comparable(traced.units)).toBe(expected)
    expect(comparable(fast.diagnostics)).toBe(comparable(plugin.diagnostics))
    expect(comparable(traced.diagnostics)).toBe(comparable(plugin.diagnostics))
    expect(JSON.stringify(traced.units)).toBe(JSON.stringify(plugin.units).replaceAll('copies/', 'chiso/'))
  })

  test.prop([rowsArb, fc.nat(), fc.nat(), cell], propertyRuns(15))(
    'a session scores changed data as a full evaluation does (the columns are read again in place)',
    (rows, unit, leaf, text) => {
      const compiled = compiledOf('chiso', 3, 'log', '0.6')
      const session = compiled.session(datasetOf(rows), { trace: false })
      const card = session.apply([
        { unit: `u${unit % rows.length}`, node: LEAVES[leaf % LEAVES.length]!, value: text ?? 'NA' },
      ])
      expect(JSON.stringify(card)).toBe(
        JSON.stringify(compiled.evaluate(session.dataset(), { trace: false })),
      )
    },
  )
})

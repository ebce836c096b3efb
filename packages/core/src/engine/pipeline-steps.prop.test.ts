// Properties of the data-preparation stages, on random cohorts: imputation never changes an observed value,
// treatment never moves a value outside the original range, screening never ranks a unit below the threshold.
// (The stages: impute-step.ts, treat-step.ts, screen-step.ts; the items called through cohort-item.ts.)
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { dec } from '../decimal/decimal.js'
import { skewKurtosis, winsorise } from '../pipeline/treat.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { createEngine } from './create-engine.js'

const cell = fc.option(fc.integer({ min: -10_000, max: 10_000 }), { nil: null, freq: 4 })
const column = fc.array(cell, { minLength: 1, maxLength: 12 })
const LEAVES = ['a', 'b', 'c', 'd']

const methodology = (extra: (leaf: Record<string, unknown>) => void, screen?: string): MethodologyInput => ({
  id: 'test.pipeline-props',
  version: '1.0.0',
  title: 'Pipeline properties (illustrative)',
  status: 'illustrative',
  result: { type: 'composite' },
  ...(screen === undefined ? {} : { screen: { minShare: screen } }),
  tree: LEAVES.map((code) => {
    const leaf: Record<string, unknown> = {
      code,
      title: code,
      rule: { use: 'chiso/value' },
      normalise: { use: 'chiso/min-max' },
    }
    extra(leaf)
    return leaf as MethodologyInput['tree'][number]
  }),
})

const datasetOf = (rows: Array<Array<number | null>>, groups: boolean) => ({
  units: rows.map((_, u) => ({ code: `u${u}`, ...(groups ? { group: u % 2 === 0 ? 'even' : 'odd' } : {}) })),
  observations: rows.flatMap((row, u) =>
    row.flatMap((value, i) =>
      value === null ? [] : [{ unit: `u${u}`, node: LEAVES[i]!, value: String(value) }],
    ),
  ),
})

const rowsArb = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 10 })

describe('pipeline properties', () => {
  test.prop(
    [
      rowsArb,
      fc.constantFrom('chiso/impute-mean', 'chiso/impute-median'),
      fc.constantFrom('cohort', 'group'),
    ],
    propertyRuns(60),
  )('imputation never changes an observed value', (rows, use, by) => {
    const compiled = createEngine().compile(
      methodology((leaf) => {
        leaf.impute = { use, with: { by } }
        delete leaf.normalise
      }),
    )
    const card = compiled.evaluate(datasetOf(rows, true), { trace: false })
    for (const unit of card.units) {
      const u = Number(unit.unit.slice(1))
      LEAVES.forEach((code, i) => {
        const observed = rows[u]![i]
        const result = unit.nodes[code]!
        if (observed !== null && observed !== undefined) {
          expect(result.imputed).toBeUndefined()
          expect(dec(result.score!).eq(observed)).toBe(true)
        }
      })
    }
  })

  test.prop([column, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })], propertyRuns(100))(
    'winsorising (COINr’s or a fixed number of points) never moves a value outside the original range',
    (values, maxPoints, high) => {
      const present = values.filter((value): value is number => value !== null)
      const inputs = values.map((value) => (value === null ? null : dec(value)))
      const context = {
        node: { code: 'x', max: null, direction: 1 as const, path: [] },
        dec,
        report: () => {},
      }
      const outputs = [
        skewKurtosis.normalise({
          ...context,
          values: inputs,
          options: { maxPoints, skew: '2', kurtosis: '3.5', afterwards: 'none' },
        }),
        winsorise.normalise({ ...context, values: inputs, options: { high, low: high } }),
      ]
      for (const output of outputs) {
        output.forEach((value, i) => {
          expect(value === null).toBe(values[i] === null)
          if (value !== null) {
            expect(value.gte(Math.min(...present))).toBe(true)
            expect(value.lte(Math.max(...present))).toBe(true)
          }
        })
      }
    },
  )

  test.prop([rowsArb, fc.constantFrom('0', '0.25', '0.5', '0.75', '1')], propertyRuns(60))(
    'screening never ranks a unit whose data availability is below the threshold',
    (rows, threshold) => {
      const card = createEngine()
        .compile(methodology(() => {}, threshold))
        .evaluate(datasetOf(rows, false), { trace: false })
      for (const unit of card.units) {
        const row = rows[Number(unit.unit.slice(1))]!
        const share = row.filter((value) => value !== null).length / row.length
        if (share < Number(threshold)) {
          expect(unit.rank).toBeNull()
          expect(card.diagnostics.some((d) => d.code === 'SCREENED_OUT' && d.unit === unit.unit)).toBe(true)
        }
      }
    },
  )

  // Zeros are frequent here, so the non-zero share varies.
  const zeroRows = fc.array(
    fc.array(fc.option(fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 3 })), { nil: null, freq: 4 }), {
      minLength: 4,
      maxLength: 4,
    }),
    { minLength: 1, maxLength: 10 },
  )
  test.prop(
    [
      zeroRows,
      fc.constantFrom('zeros' as const, 'missing-and-zeros' as const),
      fc.constantFrom('0', '0.5', '0.75', '1'),
      fc.constantFrom('0', '0.25', '0.5', '0.75', '1'),
    ],
    propertyRuns(60),
  )(
    'screening by zeros (COINr byzeros, byNAandzeros) never ranks a unit below either threshold, and ranks every unit above',
    (rows, by, minShare, minNonZeroShare) => {
      const screen = by === 'zeros' ? { by, minNonZeroShare } : { by, minShare, minNonZeroShare }
      const card = createEngine()
        .compile({ ...methodology(() => {}), screen })
        .evaluate(datasetOf(rows, false), { trace: false })
      for (const unit of card.units) {
        const row = rows[Number(unit.unit.slice(1))]!
        const present = row.filter((value) => value !== null)
        const share = present.length / row.length
        const nonZero = present.length === 0 ? null : present.filter((v) => v !== 0).length / present.length
        const lowData = by === 'missing-and-zeros' && share < Number(minShare)
        const lowNonZero = nonZero !== null && nonZero < Number(minNonZeroShare)
        const screened = card.diagnostics.some((d) => d.code === 'SCREENED_OUT' && d.unit === unit.unit)
        expect(screened).toBe(lowData || lowNonZero)
        if (screened) expect(unit.rank).toBeNull()
      }
    },
  )
})

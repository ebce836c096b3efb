// Every built-in item of @chiso/core passes the SDK's conformance checks, with the options it needs: the
// checks hold plugin authors to the same contract the built-ins keep.
import { builtinPlugin } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import {
  type AggregatorConformanceOptions,
  checkAggregatorConformance,
  checkNormaliserConformance,
  checkRuleConformance,
  type NormaliserConformanceOptions,
  type RuleConformanceOptions,
} from '../src/testing/index.js'

const RULE_CASES: ReadonlyArray<readonly [string, string, RuleConformanceOptions]> = [
  ['chiso/yes-no', 'defaults to the node max', { options: {}, node: { max: '2' } }],
  [
    'chiso/yes-no',
    'points, whenNo, invert',
    { options: { points: '1.5', whenNo: '0.5', invert: true }, node: { max: '2' } },
  ],
  [
    'chiso/bands',
    'percent, atLeast',
    {
      options: {
        over: 'percent',
        bands: [
          { atLeast: '95', points: '2' },
          { atLeast: '80', points: '1' },
        ],
      },
      node: { max: '2' },
    },
  ],
  [
    'chiso/bands',
    'value, atMost, below',
    {
      options: {
        bands: [
          { atMost: '0', points: '1' },
          { atMost: '2', points: '0.5' },
        ],
        below: '0.25',
      },
      node: { max: '1' },
    },
  ],
  [
    'chiso/bands',
    'share',
    { options: { over: 'share', bands: [{ atLeast: '0.5', points: '3' }] }, node: { max: '3' } },
  ],
  ['chiso/proportional', 'share (default)', { options: {}, node: { max: '2' } }],
  [
    'chiso/proportional',
    'value, full 0.8',
    { options: { over: 'value', full: '0.8', points: '1' }, node: { max: '1' } },
  ],
  ['chiso/deduction', 'per 0.25', { options: { per: '0.25' }, node: { max: '1' } }],
  [
    'chiso/deduction',
    'start and floor',
    { options: { per: '0.3', start: '2', floor: '0.5' }, node: { max: '2.5' } },
  ],
  [
    'chiso/survey',
    'mean on 1–5',
    { options: { mode: 'mean', scale: { min: '1', max: '5' } }, node: { max: '2' } },
  ],
  ['chiso/survey', 'share', { options: { mode: 'share' }, node: { max: '1' } }],
  [
    'chiso/survey',
    'share from counts',
    { options: { mode: 'share', over: 'counts', points: '0.5' }, node: { max: '1' } },
  ],
  ['chiso/points', 'bounded by the node max', { options: {}, node: { max: '1.5' } }],
  ['chiso/value', 'raw value', { options: {} }],
]

const NORMALISER_CASES: ReadonlyArray<readonly [string, string, NormaliserConformanceOptions]> = [
  ['chiso/min-max', 'PCI 1–10', { options: { l: '1', u: '10' }, range: { min: '1', max: '10' } }],
  [
    'chiso/min-max',
    'defaults, whenNoSpread upper',
    { options: { whenNoSpread: 'upper' }, range: { min: '0', max: '100' } },
  ],
  ['chiso/z-score', 'defaults', { options: {} }],
  ['chiso/z-score', 'mean 100, sd 10, population', { options: { mean: '100', sd: '10', sample: false } }],
  ['chiso/rank', 'ties min', { options: { ties: 'min' }, range: { min: '1', max: '8' } }],
  ['chiso/percentile-rank', 'defaults', { options: {}, range: { min: '0', max: '100' } }],
  [
    'chiso/goalposts',
    'truncated',
    { options: { lower: '-20', upper: '85' }, range: { min: '0', max: '100' } },
  ],
  ['chiso/distance-to-target', 'capped', { options: { target: '80' }, range: { min: '0', max: '100' } }],
  ['chiso/rank', 'ties average', { options: { ties: 'average' }, range: { min: '1', max: '8' } }],
  ['chiso/percentile-rank', 'ties max', { options: { ties: 'max' }, range: { min: '0', max: '100' } }],
  ['chiso/borda', 'defaults', { options: {}, range: { min: '0', max: '7' } }],
  [
    'chiso/fraction-of-max',
    'positive values',
    { options: { scale: '100' }, values: { min: '0.01', max: '100', scale: 2 } },
  ],
  ['chiso/fraction-of-max', 'any sign (a zero maximum gives no value, with an error)', { options: {} }],
  [
    'chiso/distance-to-reference',
    'the first unit as reference',
    { options: { unit: 'u0', cap: true, scale: '100' } },
  ],
  ['chiso/oriented', 'direction only', { options: {} }],
  ['chiso/impute-mean', 'cohort', { options: {} }],
  ['chiso/impute-median', 'cohort', { options: {} }],
  ['chiso/impute-constant', 'zero', { options: { value: '0' } }],
  ['chiso/impute-last-period', 'no earlier period', { options: {} }],
  ['chiso/skew-kurtosis', 'COINr defaults', { options: {} }],
  ['chiso/skew-kurtosis', 'no log', { options: { maxPoints: 2, afterwards: 'none' } }],
  ['chiso/winsorise', 'both ends', { options: { high: 1, low: 1 } }],
  ['chiso/clip', 'both bounds', { options: { lower: '-50', upper: '50' }, range: { min: '-50', max: '50' } }],
]

const POSITIVE = { min: '0.01', max: '100', scale: 2 }
const AGGREGATOR_CASES: ReadonlyArray<readonly [string, string, AggregatorConformanceOptions]> = [
  ['chiso/sum', 'points', {}],
  ['chiso/mean', 'weighted', { mean: true }],
  ['chiso/mean', 'negative values', { mean: true, values: { min: '-50', max: '50', scale: 2 } }],
  ['chiso/geometric-mean', 'positive values', { mean: true, values: POSITIVE }],
  ['chiso/geometric-mean', 'zeros give null with a report', { values: { min: '0', max: '2', scale: 0 } }],
  ['chiso/harmonic-mean', 'positive values', { mean: true, values: POSITIVE }],
  ['chiso/generalised-mean', 'p = 2', { options: { p: '2' }, mean: true }],
  ['chiso/generalised-mean', 'p = -1', { options: { p: '-1' }, mean: true, values: POSITIVE }],
  ['chiso/generalised-mean', 'p = 0', { options: { p: '0' }, mean: true, values: POSITIVE }],
  ['chiso/min', 'minimum', { mean: true, weights: false }],
]

const find = <T extends { id: string }>(items: ReadonlyArray<T> | undefined, id: string): T => {
  const item = items?.find((candidate) => candidate.id === id)
  if (!item) throw new Error(`no built-in item ${id}`)
  return item
}

describe('conformance of the built-in items', () => {
  it('covers every built-in rule, normaliser and aggregator', () => {
    const covered = new Set([...RULE_CASES, ...NORMALISER_CASES, ...AGGREGATOR_CASES].map(([id]) => id))
    const all = [
      ...(builtinPlugin.rules ?? []),
      ...(builtinPlugin.normalisers ?? []),
      ...(builtinPlugin.aggregators ?? []),
    ].map((item) => item.id)
    expect(all.filter((id) => !covered.has(id))).toEqual([])
  })

  it.each(RULE_CASES)('rule %s (%s) conforms', (id, _, options) => {
    expect(checkRuleConformance(find(builtinPlugin.rules, id), { ...options, namespace: 'chiso' })).toEqual(
      [],
    )
  })

  it.each(NORMALISER_CASES)('normaliser %s (%s) conforms', (id, _, options) => {
    expect(
      checkNormaliserConformance(find(builtinPlugin.normalisers, id), { ...options, namespace: 'chiso' }),
    ).toEqual([])
  })

  it.each(AGGREGATOR_CASES)('aggregator %s (%s) conforms', (id, _, options) => {
    expect(
      checkAggregatorConformance(find(builtinPlugin.aggregators, id), { ...options, namespace: 'chiso' }),
    ).toEqual([])
  })
})

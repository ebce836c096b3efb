// Test fixtures shared by the engine's property tests: illustrative methodologies and random datasets and
// changes for them. Not part of the public API.
import { fc } from '@fast-check/vitest'
import { createEngine } from '../src/engine/create-engine.js'
import type { ObservationChange } from '../src/engine/session.js'
import type { DatasetInput } from '../src/schema/dataset.js'
import type { MethodologyInput } from '../src/schema/methodology.js'

// Illustrative methodologies covering what a session must keep consistent: additive points with capping,
// not-applicable and missing policies, rounding, tie-breakers, groups and bands; and a composite with cohort
// normalisers (min-max, z-score, rank), weights and a scale. Nothing here is an official methodology.
export const pointsMethodology: MethodologyInput = {
  id: 'session-points',
  version: '1.0.0',
  title: 'Session test (points)',
  result: { type: 'points' },
  ranking: { tieBreakers: [{ node: '2', order: 'desc' }] },
  bands: [
    { code: 'A', atLeast: '80' },
    { code: 'B', atLeast: '40' },
  ],
  tree: [
    {
      code: '1',
      title: 'Area 1',
      max: '4',
      round: { decimals: 1 },
      children: [
        { code: '1.1', title: 'share', max: '2', rule: { use: 'chiso/proportional' } },
        { code: '1.2', title: 'yes/no', max: '1', rule: { use: 'chiso/yes-no' } },
        { code: '1.3', title: 'points', max: '2', rule: { use: 'chiso/points' } },
      ],
    },
    {
      code: '2',
      title: 'Area 2',
      max: '3',
      missing: 'skip',
      children: [
        { code: '2.1', title: 'points', max: '1.5', rule: { use: 'chiso/points' } },
        { code: '2.2', title: 'points', max: '1.5', missing: 'error', rule: { use: 'chiso/points' } },
      ],
    },
  ],
}

export const compositeMethodology: MethodologyInput = {
  id: 'session-composite',
  version: '1.0.0',
  title: 'Session test (composite)',
  result: { type: 'composite', scale: '10' },
  tree: [
    {
      code: '1',
      title: 'Area 1',
      weight: '2',
      children: [
        {
          code: '1.1',
          title: 'value, min-max',
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
        },
        {
          code: '1.2',
          title: 'value, lower is better',
          direction: -1,
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
        },
      ],
    },
    {
      code: '2',
      title: 'Area 2',
      normalise: { use: 'chiso/rank' },
      children: [
        {
          code: '2.1',
          title: 'value, z-score',
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/z-score' },
        },
        { code: '2.2', title: 'value', rule: { use: 'chiso/value' } },
      ],
    },
  ],
}

export const meansMethodology: MethodologyInput = {
  id: 'session-means',
  version: '1.0.0',
  title: 'Session test (other means)',
  result: { type: 'composite' },
  ranking: { method: 'dense' },
  aggregate: { use: 'chiso/geometric-mean' },
  tree: [
    {
      code: '1',
      title: 'Area 1',
      aggregate: { use: 'chiso/harmonic-mean' },
      children: [
        {
          code: '1.1',
          title: 'value, percentile rank',
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/percentile-rank' },
        },
        { code: '1.2', title: 'value', rule: { use: 'chiso/value' } },
      ],
    },
    {
      code: '2',
      title: 'Area 2',
      aggregate: { use: 'chiso/min' },
      round: { decimals: 2, mode: 'half-even' },
      children: [
        { code: '2.1', title: 'value', weight: '3', rule: { use: 'chiso/value' } },
        { code: '2.2', title: 'value', rule: { use: 'chiso/value' } },
      ],
    },
  ],
}

const VALUES = ['0', '1', '2', '0.5', '1.25', '3', '-1', '7.5', 'NA', null, true, false] as const
const SOURCES = [undefined, 'self', 'appraisal', 'survey'] as const

/** A compiled methodology with arbitraries of datasets (6 units) and batches of changes for it. */
export function arbitraries(methodology: MethodologyInput) {
  const compiled = createEngine().compile(methodology)
  const tree = compiled.model
  const slots = compiled.leaves.flatMap((leaf) =>
    Object.keys(leaf.fields).map((field) => ({ node: leaf.code, field })),
  )
  const unitCount = 6
  const units = Array.from({ length: unitCount }, (_, u) => `u${u}`)
  const observation = fc.record({
    unit: fc.constantFrom(...units),
    slot: fc.constantFrom(...slots),
    value: fc.constantFrom(...VALUES),
    source: fc.constantFrom(...SOURCES),
  })
  const dataset = fc
    .record({
      groups: fc.array(fc.constantFrom('x', 'y'), { minLength: unitCount, maxLength: unitCount }),
      grouped: fc.boolean(),
      observations: fc.array(observation, { maxLength: 50 }),
    })
    .map(
      ({ groups, grouped, observations }): DatasetInput => ({
        units: units.map((code, u) => ({ code, ...(grouped ? { group: groups[u] } : {}) })),
        observations: observations.map(({ unit, slot, value, source }) => ({
          unit,
          node: slot.node,
          field: slot.field,
          value,
          ...(source === undefined ? {} : { source }),
        })),
      }),
    )
  const change = fc
    .record({
      unit: fc.constantFrom(...units),
      slot: fc.constantFrom(...slots),
      value: fc.constantFrom(...VALUES),
      source: fc.constantFrom(...SOURCES),
    })
    .map(
      ({ unit, slot, value, source }): ObservationChange => ({
        unit,
        node: slot.node,
        ...(slot.field === 'value' ? {} : { field: slot.field }),
        value,
        ...(source === undefined ? {} : { source }),
      }),
    )
  const batches = fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
  return { compiled, tree, dataset, batches }
}

// Slider ranges read from the methodology: every range holds the unit's current value and lands exactly on
// both ends in whole steps; every position scores within the leaf's bounds, the points move one way along
// the slider, and the best end gives the leaf's full points.

import { dec, type ObservationChange, type Scorecard, toDecimalString } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inputRange } from '../src/input-range.js'
import { unitInputs } from '../src/leaf-sliders.js'
import { loadDistrictExample, nodesByCode } from './district-example.js'

const { compiled, dataset } = loadDistrictExample()
const nodes = nodesByCode(compiled.methodology.tree)
const { decimals } = compiled.methodology.display
// Traces off: thousands of re-scores below, and only points are compared.
const session = compiled.session(dataset, { trace: false })

/** Every slider of every unit (yes/no leaves excepted: they are two-position sliders, not ranges). */
const sliders = dataset.units.flatMap(({ code: unit }) => {
  const inputs = unitInputs(dataset.observations, unit)
  return compiled.leaves.flatMap((leaf) => {
    const field = leaf.fields.value ? 'value' : leaf.fields.done ? 'done' : undefined
    if (field === undefined || leaf.fields[field]?.kind === 'boolean') return []
    const leafInputs = inputs.get(leaf.code) ?? new Map()
    const range = inputRange(nodes.get(leaf.code)!, field, leafInputs, decimals)
    return range ? [{ unit, leaf: leaf.code, field, range, current: leafInputs.get(field) }] : []
  })
})
type Slider = (typeof sliders)[number]

const positions = (slider: Slider) => dec(slider.range.max).minus(slider.range.min).div(slider.range.step)
const valueAt = (slider: Slider, position: number) =>
  toDecimalString(dec(slider.range.min).plus(dec(slider.range.step).times(position)))
// A change replaces the slider's one input, so one fork can take a slider's positions one after the other
// and score each as a fresh fork would: a fork's first change costs several times a later one (about 40 ms
// against 7 ms here).
const leafAt = (slider: Slider, value: string, fork = session.fork()) => {
  const change: ObservationChange = { unit: slider.unit, node: slider.leaf, field: slider.field, value }
  const card: Scorecard = fork.apply([change])
  return card.units.find((unit) => unit.unit === slider.unit)!.nodes[slider.leaf]!
}

describe('inputRange on the illustrative district methodology', () => {
  const unit = 'hoang-hoa'
  const inputs = unitInputs(dataset.observations, unit)
  const rangeOf = (leaf: string, field = 'value') =>
    inputRange(nodes.get(leaf)!, field, inputs.get(leaf)!, decimals)

  it.each([
    ['1.2.2', 'value', 'chiso/points: 0 to the leaf maximum', { min: '0', max: '0.5', step: '0.01' }],
    ['7.1.1', 'value', 'chiso/survey mean: the scale', { min: '1', max: '5', step: '0.01' }],
    [
      '1.2.1',
      'value',
      'chiso/deduction: 0 to the count taking every point',
      { min: '0', max: '4', step: '1' },
    ],
    [
      '7.3.2',
      'value',
      'chiso/bands over a value: 0 to a band past the top',
      { min: '0', max: '2', step: '0.01' },
    ],
  ])('%s %s — %s', (leaf, field, _, expected) => {
    expect(rangeOf(leaf, field)).toEqual(expected)
  })

  it('moves `done` from 0 to the unit’s own total, in whole steps, and never the total', () => {
    const total = inputs.get('1.1.2')!.get('total') as string
    expect(rangeOf('1.1.2', 'done')).toEqual({ min: '0', max: total, step: '1' })
    expect(rangeOf('1.1.2', 'total')).toBeUndefined()
  })

  it('gives no range to a leaf that does not apply to the unit (KAD)', () => {
    const bimSon = unitInputs(dataset.observations, 'tx-bim-son').get('2.3.2')!
    expect([...bimSon.values()]).toContain('NA')
    expect(inputRange(nodes.get('2.3.2')!, 'value', bimSon, decimals)).toBeUndefined()
  })

  it('offers a slider for most inputs of every unit', () => {
    // 80 leaves, 21 of them yes/no: the rest have a range unless they do not apply to the unit.
    for (const { code } of dataset.units)
      expect(sliders.filter((slider) => slider.unit === code).length).toBeGreaterThanOrEqual(55)
  })

  it('holds every unit’s current value and lands on both ends in whole steps', () => {
    for (const slider of sliders) {
      const { min, max, step } = slider.range
      const where = `${slider.unit} ${slider.leaf}`
      expect(dec(step).gt(0), where).toBe(true)
      expect(dec(min).lte(max), where).toBe(true)
      expect(positions(slider).isInteger(), where).toBe(true)
      if (typeof slider.current === 'string') {
        expect(dec(slider.current).gte(min) && dec(slider.current).lte(max), where).toBe(true)
      }
    }
  })

  test.prop([fc.constantFrom(...sliders), fc.double({ min: 0, max: 1, noNaN: true })], propertyRuns(100))(
    'every position scores within the leaf’s bounds',
    (slider, share) => {
      const position = Math.floor(share * positions(slider).toNumber())
      const leaf = leafAt(slider, valueAt(slider, position))
      expect(leaf.status).toBe('ok')
      expect(dec(leaf.score!).gte(0) && dec(leaf.score!).lte(leaf.max!)).toBe(true)
    },
  )

  test.prop(
    [
      fc.constantFrom(...sliders),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ],
    propertyRuns(100),
  )('points move one way along a slider (down for deductions)', (slider, a, b) => {
    const n = positions(slider).toNumber()
    const [low, high] = [Math.floor(Math.min(a, b) * n), Math.floor(Math.max(a, b) * n)]
    const fork = session.fork()
    const lower = dec(leafAt(slider, valueAt(slider, low), fork).score!)
    const higher = dec(leafAt(slider, valueAt(slider, high), fork).score!)
    const deduction = nodes.get(slider.leaf)!.rule!.use === 'chiso/deduction'
    expect(deduction ? higher.lte(lower) : higher.gte(lower)).toBe(true)
  })

  it('gives the leaf’s full points at the best end of every slider', () => {
    // A leaf's points depend on its own inputs only, so one re-score per unit moves all its sliders at once.
    for (const { code: unit } of dataset.units) {
      const own = sliders.filter((slider) => slider.unit === unit)
      const card = session.fork().apply(
        own.map((slider) => ({
          unit,
          node: slider.leaf,
          field: slider.field,
          value:
            nodes.get(slider.leaf)!.rule!.use === 'chiso/deduction' ? slider.range.min : slider.range.max,
        })),
      )
      const result = card.units.find((candidate) => candidate.unit === unit)!
      for (const slider of own)
        expect(result.nodes[slider.leaf]!.score, `${unit} ${slider.leaf}`).toBe(
          result.nodes[slider.leaf]!.max,
        )
    }
  })
})

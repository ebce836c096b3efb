import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  arbitraries,
  compositeMethodology,
  meansMethodology,
  pointsMethodology,
} from '../../test/engine-test-methodologies.js'
import type { Observation } from '../schema/dataset.js'
import { lazyObservationsOf } from '../schema/lazy-observations.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { parseDataset } from '../schema/parse.js'
import { WellFormedObservations } from '../schema/well-formed-observations.js'
import type { ScorecardByUnit } from './scorecard-by-unit.js'

// Observations kept as a table reader's columns (WellFormedObservations) are indexed without being made into
// objects (index-built-observations.ts) and read by the column paths through `slotValues`. Each case scores
// the same observations both ways — kept as columns, and given as a plain list — and wants the same bytes:
// `evaluate` and `evaluateByUnit`, with and without traces, and a session's scorecards after changes. The
// observations include what the engine cannot use (an unknown unit or node, an aggregate node, a field the
// rule does not read) and slots given several times, so every diagnostic path is compared too.
// Checked to fail: leaving `leaf.cells[slot]` at the first observation of a slot given several times turns
// the first property red; keeping `slotValues` once a session has made and changed the slots turns the second.

interface Cell {
  unit: string
  node: string
  field: string
  value: Observation['value']
  source: Observation['source'] | undefined
  row: number
  column: string | number
}

/** What the table readers made of each cell before the columns: the objects the builder's list holds. */
const asObservation = (cell: Cell, file: string, sheet: string | undefined): Observation => {
  const origin =
    sheet === undefined
      ? { file, row: cell.row, column: cell.column }
      : { file, sheet, row: cell.row, column: cell.column }
  return cell.source === undefined
    ? { unit: cell.unit, node: cell.node, field: cell.field, value: cell.value, origin }
    : { unit: cell.unit, node: cell.node, field: cell.field, value: cell.value, source: cell.source, origin }
}

/** A builder holding the cells (one target per node, field and source, as a table's columns). */
const builderOf = (cells: ReadonlyArray<Cell>, file: string, sheet: string | undefined) => {
  const built = new WellFormedObservations(file, sheet, cells.length > 3 ? 2 : undefined)
  const targets = new Map<string, ReturnType<WellFormedObservations['target']>>()
  for (const cell of cells) {
    const key = `${cell.node}|${cell.field}|${cell.source}`
    let target = targets.get(key)
    if (target === undefined) {
      target = built.target(cell.node, cell.field, cell.source)
      targets.set(key, target)
    }
    built.add(cell.unit, target, cell.value, cell.row, cell.column)
  }
  return built
}

const byUnitText = (card: ScorecardByUnit): string =>
  JSON.stringify({
    units: card.units,
    nodes: card.units.map((_, position) => card.nodesOf(position)),
    diagnostics: card.diagnostics,
  })

// Illustrative additions to the random observations: what the engine refuses, and a field no rule reads.
const ODD: ReadonlyArray<Pick<Cell, 'unit' | 'node' | 'field'>> = [
  { unit: 'nobody', node: '1.1', field: 'value' },
  { unit: 'u0', node: '9.9', field: 'value' },
  { unit: 'u1', node: '1', field: 'value' },
  { unit: 'u2', node: '1.2', field: 'unread' },
]

describe.each([
  ['points', pointsMethodology],
  ['composite with cohort normalisers', compositeMethodology],
  ['composite with other means', meansMethodology],
] as Array<[string, MethodologyInput]>)(
  'observations kept as columns, %s methodology',
  (_label, methodology) => {
    const { compiled, dataset, batches } = arbitraries(methodology)
    const cells = fc
      .tuple(
        dataset,
        fc.array(fc.tuple(fc.nat(ODD.length - 1), fc.nat(60)), { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([data, odd, lettered, perTarget]) => {
        const given: Cell[] = data.observations.map((o, at) => ({
          unit: o.unit,
          node: o.node,
          field: o.field ?? 'value',
          value: o.value as Observation['value'],
          source: o.source,
          row: 2 + Math.floor(at / 3),
          // One column per target (a table with units in rows), or columns that vary within a target.
          column: perTarget
            ? 3 + ((o.node.length * 7 + (o.field ?? 'value').length + (o.source?.length ?? 0)) % 5)
            : lettered
              ? String.fromCharCode(67 + (at % 3))
              : 3 + (at % 3),
        }))
        for (const [which, at] of odd) {
          const place = Math.min(at, given.length)
          given.splice(place, 0, { ...ODD[which]!, value: '1', source: undefined, row: 99, column: 9 })
        }
        return { units: data.units, cells: given }
      })

    test.prop([cells, fc.boolean(), fc.option(fc.constant('TC3'), { nil: undefined })], propertyRuns(40))(
      'score as the same observations given as a list, byte for byte',
      ({ units, cells: given }, trace, sheet) => {
        const plain = { units, observations: given.map((cell) => asObservation(cell, 'd.csv', sheet)) }
        const kept = () => parseDataset(builderOf(given, 'd.csv', sheet).dataset(units))
        const lazy = kept()
        expect(lazyObservationsOf(lazy)).toBeDefined()
        expect(JSON.stringify(compiled.evaluate(lazy, { trace }))).toBe(
          JSON.stringify(compiled.evaluate(plain, { trace })),
        )
        expect(byUnitText(compiled.evaluateByUnit(kept(), { trace }))).toBe(
          byUnitText(compiled.evaluateByUnit(plain, { trace })),
        )
        // The list, once read, is what the readers made before: same keys, same order, same values.
        const built = builderOf(given, 'd.csv', sheet)
        expect(JSON.stringify(built.list)).toBe(JSON.stringify(plain.observations))
        expect(built.list).toStrictEqual(plain.observations)
      },
    )

    test.prop([cells, batches], propertyRuns(20))(
      'give a session the scorecards of the same observations given as a list',
      ({ units, cells: given }, changes) => {
        const plain = { units, observations: given.map((cell) => asObservation(cell, 'd.csv', undefined)) }
        const lazySession = compiled.session(
          parseDataset(builderOf(given, 'd.csv', undefined).dataset(units)),
        )
        const plainSession = compiled.session(plain)
        expect(JSON.stringify(lazySession.scorecard())).toBe(JSON.stringify(plainSession.scorecard()))
        for (const batch of changes)
          expect(JSON.stringify(lazySession.apply(batch))).toBe(JSON.stringify(plainSession.apply(batch)))
      },
    )
  },
)

// Written a leaf at a time with the units in the dataset's order (a wide table's columns), a plain list takes
// `indexObservations`' guess of the unit after the last one (observations.ts); the columns look every unit
// up. Units listed in a shuffled order, cells left out (so the next unit in the data is often not the next in
// the dataset), observations of an unknown unit or of a unit out of turn: the same bytes both ways. Checked to
// fail: taking the next unit without comparing its code, or the unit after the one whose code matched.
describe.each([
  ['points', pointsMethodology],
  ['composite with cohort normalisers', compositeMethodology],
] as Array<[string, MethodologyInput]>)(
  'observations written leaf by leaf, %s methodology',
  (_label, methodology) => {
    const { compiled } = arbitraries(methodology)
    const slots = compiled.leaves.flatMap((leaf) =>
      Object.keys(leaf.fields).map((field) => ({ node: leaf.code, field })),
    )
    const codes = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6']
    const cell = fc.record({
      present: fc.integer({ min: 0, max: 9 }),
      value: fc.constantFrom('0', '1', '2.5', '7', '-3', 'NA'),
      stray: fc.constantFrom(undefined, undefined, undefined, 'nobody', 'u0', 'u6'),
    })
    const table = fc
      .record({
        order: fc.shuffledSubarray(codes, { minLength: 1 }),
        grid: fc.array(fc.array(cell, { minLength: codes.length, maxLength: codes.length }), {
          minLength: slots.length,
          maxLength: slots.length,
        }),
      })
      .map(({ order, grid }) => {
        const given: Cell[] = []
        slots.forEach((slot, s) => {
          order.forEach((unit, u) => {
            const { present, value, stray } = grid[s]![u]!
            const at = {
              node: slot.node,
              field: slot.field,
              value,
              source: undefined,
              row: 2 + u,
              column: 3 + s,
            }
            if (present >= 2) given.push({ ...at, unit })
            if (stray !== undefined) given.push({ ...at, unit: stray })
          })
        })
        return { units: order.map((code) => ({ code })), cells: given }
      })

    test.prop([table, fc.boolean()], propertyRuns(60))(
      'score as the same observations kept as columns, byte for byte',
      ({ units, cells: given }, trace) => {
        const plain = { units, observations: given.map((at) => asObservation(at, 'd.csv', undefined)) }
        const kept = parseDataset(builderOf(given, 'd.csv', undefined).dataset(units))
        expect(JSON.stringify(compiled.evaluate(plain, { trace }))).toBe(
          JSON.stringify(compiled.evaluate(kept, { trace })),
        )
      },
    )
  },
)

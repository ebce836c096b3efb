import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { DatasetSchema } from './dataset.js'
import { parseDataset } from './parse.js'
import { parseWellFormedDataset } from './well-formed-dataset.js'

// Valid and invalid pieces mixed, so both the fast path and its fallback are exercised.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const unit = fc.record(
  {
    code: fc.constantFrom('A', 'dong-son', '', 'x'.repeat(201), 7),
    name: maybe(fc.constantFrom('Huyện Đông Sơn', 3)),
    group: maybe(fc.constantFrom('district', null)),
  },
  { requiredKeys: [] },
)
const origin = fc.record(
  {
    file: maybe(fc.constantFrom('a.csv', 1)),
    sheet: maybe(fc.constantFrom('TC3')),
    row: maybe(fc.constantFrom(1, 14, 0, 2.5, '3')),
    column: maybe(fc.constantFrom('E', 3, 0)),
    extra: maybe(fc.constant('no')),
  },
  { requiredKeys: [] },
)
const observation = fc.record(
  {
    unit: fc.constantFrom('A', 'dong-son', ''),
    node: fc.constantFrom('1', '3.2.1', 'Đ1', '', 'a b', '.1', 'x'.repeat(101)),
    field: maybe(fc.constantFrom('value', 'done', '1x', 5)),
    value: fc.constantFrom(
      '1.5',
      '1.50',
      '0',
      '-0',
      '-2.5',
      '.5',
      '007',
      'NA',
      'abc',
      true,
      false,
      null,
      2.5,
      0.1 + 0.2,
    ),
    source: maybe(fc.constantFrom('self', 'appraisal', 'survey', 'statistic', 'bogus')),
    origin: maybe(origin),
  },
  { requiredKeys: ['unit', 'node', 'value'] },
)
const dataset = fc.record(
  {
    $schema: maybe(fc.constant('https://example.org/dataset.json')),
    title: maybe(fc.constantFrom('PCI 2021', 5)),
    period: maybe(fc.constant('2021')),
    synthetic: maybe(fc.constantFrom(true, 'yes')),
    source: maybe(fc.constant('VCCI')),
    units: fc.array(unit, { maxLength: 4 }),
    observations: fc.array(observation, { maxLength: 6 }),
    other: maybe(fc.constant(1)),
  },
  { requiredKeys: ['units', 'observations'] },
)

describe('parsing a well-formed dataset without the schema', () => {
  test.prop([dataset], propertyRuns(100))(
    'gives exactly the schema’s result (values and key order), or leaves the input to the schema',
    (input) => {
      const fast = parseWellFormedDataset(input)
      const parsed = DatasetSchema.safeParse(input)
      if (fast === undefined) return
      expect(parsed.success).toBe(true)
      expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data))
      expect(fast).toEqual(parsed.data)
    },
  )

  test.prop(
    [
      fc.array(
        observation.filter((o) => DatasetSchema.safeParse({ units: [], observations: [o] }).success),
        { maxLength: 5 },
      ),
    ],
    propertyRuns(100),
  )('takes the fast path for every observation the schema accepts unchanged', (observations) => {
    const input = { units: [{ code: 'A' }], observations }
    const parsed = DatasetSchema.parse(input)
    const unchanged = parsed.observations.every((o, i) => o.value === observations[i]!.value)
    const noUndefined = !JSON.stringify(observations, (_key, value) =>
      value === undefined ? '<undefined>' : value,
    ).includes('<undefined>')
    if (unchanged && noUndefined) expect(parseWellFormedDataset(input)).toBeDefined()
  })
})

describe('parsing with freeze: true', () => {
  const outcome = (run: () => unknown) => {
    try {
      return JSON.stringify(run())
    } catch (error) {
      return `error: ${(error as Error).message}`
    }
  }
  test.prop([dataset], propertyRuns(100))(
    'gives what a plain parse gives (the same dataset, or the same error), and a parse of that is itself',
    (input) => {
      const plain = outcome(() => parseDataset(input))
      expect(outcome(() => parseDataset(input, { freeze: true }))).toBe(plain)
      if (plain.startsWith('error')) return
      const frozen = parseDataset(input, { freeze: true })
      expect(Object.isFrozen(frozen.observations)).toBe(true)
      expect(parseDataset(frozen)).toBe(frozen)
    },
  )
})

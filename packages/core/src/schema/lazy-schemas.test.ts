import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { builtinPlugin } from '../plugin/builtin-plugin.js'
import { OwnersFileSchema } from '../targets/owners.js'
import { LineageEventSchema, UnitRecordSchema, UnitRegistrySchema } from '../units/registry-schema.js'
import { CrosswalkEntrySchema, CrosswalkSchema } from '../versioning/crosswalk.js'
import { DatasetSchema, ObservationSchema, OriginSchema, UnitSchema } from './dataset.js'
import { EvidenceSchema } from './evidence.js'

// Schemas built on first use (lazySchema) stand in for the schema they build. Each is compared with a copy of
// that schema made from its definition (`clone()` returns a plain zod schema, no stand-in): the same results,
// the same issues (messages, paths, codes), the same JSON Schema, the same class. The copy and the stand-in
// share their definition, so what this catches is a stand-in that answers differently from its schema.
const lazyBuilt: Array<[string, z.ZodType]> = [
  ['OriginSchema', OriginSchema],
  ['UnitSchema', UnitSchema],
  ['ObservationSchema', ObservationSchema],
  ['DatasetSchema', DatasetSchema],
  ['EvidenceSchema', EvidenceSchema],
  ['UnitRecordSchema', UnitRecordSchema],
  ['LineageEventSchema', LineageEventSchema],
  ['UnitRegistrySchema', UnitRegistrySchema],
  ['OwnersFileSchema', OwnersFileSchema],
  ['CrosswalkEntrySchema', CrosswalkEntrySchema],
  ['CrosswalkSchema', CrosswalkSchema],
  // The built-in plugin's option schemas, built when a methodology first uses the item.
  ...[
    ...(builtinPlugin.rules ?? []),
    ...(builtinPlugin.normalisers ?? []),
    ...(builtinPlugin.aggregators ?? []),
  ].map((item): [string, z.ZodType] => [`options of ${item.id}`, item.options as z.ZodType]),
]

// Valid and invalid inputs for the formats above: wrong types, unknown keys, empty codes, bad decimals, bounds.
const inputs: unknown[] = [
  undefined,
  null,
  0,
  'x',
  [],
  {},
  { extra: 1 },
  { code: '' },
  { code: 'dong-son', name: 'Huyện Đông Sơn', group: 'district' },
  { file: 'a.xlsx', sheet: 'TC3', row: 0, column: 'E' },
  { unit: 'A', node: '1.1', value: '7,5' },
  { unit: 'A', node: '1.1', value: 'NA', origin: { row: 2 }, round: 'self' },
  { units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1.1', value: '1e3' }] },
  { kind: 'decision', number: '125/QĐ-UBND', date: '15/03/2023' },
  { owners: [{ node: '3', owner: '' }] },
  {
    from: '3.1',
    split: [
      { to: '3.1', share: '0.5' },
      { to: '3.4', share: 2 },
    ],
  },
  { from: '2021', to: '2022', entries: [{ from: '1', to: '1' }] },
  {
    units: [{ code: 'ha-giang', name: 'Hà Giang', level: 'province', validFrom: '1991-08-12' }],
    events: [{}],
  },
  { points: '2', whenNo: 'x' },
  { bands: [] },
  { bands: [{ atLeast: '1', points: '2' }], below: '0' },
  { per: '0', points: '-1' },
  { p: '0' },
  { lower: '5', upper: '1' },
  { high: -1, low: 1.5 },
  { maxPoints: 2, skew: 'x' },
  { by: 'nowhere' },
  { value: '1' },
]

describe('schemas built on first use', () => {
  it.each(lazyBuilt)('%s parses, fails and describes itself as the schema it builds', (_, lazy) => {
    const eager = lazy.clone()
    for (const input of inputs) {
      const [a, b] = [eager.safeParse(input), lazy.safeParse(input)]
      expect(b.success).toBe(a.success)
      expect(b.data).toEqual(a.data)
      expect(b.error?.issues).toEqual(a.error?.issues)
      expect(lazy.safeParse(input, { jitless: true }).error?.issues).toEqual(a.error?.issues)
    }
    const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
    expect(json(lazy)).toEqual(json(eager))
    expect(json(z.array(lazy).optional())).toEqual(json(z.array(eager).optional()))
    expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager))
    expect(lazy instanceof z.ZodType).toBe(true)
  })
})

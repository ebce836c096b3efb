import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { builtinPlugin } from '../plugin/builtin-plugin.js'
import { OwnersFileSchema } from '../targets/owners.js'
import { LineageEventSchema, UnitRecordSchema, UnitRegistrySchema } from '../units/registry-schema.js'
import { CrosswalkEntrySchema, CrosswalkSchema } from '../versioning/crosswalk.js'
import { DataColumnSchema } from './data-column.js'
import { DatasetSchema, ObservationSchema, OriginSchema, UnitSchema } from './dataset.js'
import { EvidenceSchema } from './evidence.js'
import {
  BandSchema,
  LegalBasisSchema,
  MethodologyIdSchema,
  MethodologySchema,
  MethodologyStatusSchema,
  RankingSchema,
  ResultSchema,
  SemverSchema,
  TieBreakerSchema,
} from './methodology.js'
import { MissingPolicySchema, NodeSchema, PluginCallSchema, RoundingSchema } from './node.js'
import { DenominateSchema, MinPresentSchema, ScreenSchema } from './pipeline.js'
import { RoundSchema, RoundsSchema } from './round.js'

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
  // The methodology format's schemas: a run that reads its methodology without zod builds none of them.
  ['MethodologyIdSchema', MethodologyIdSchema],
  ['SemverSchema', SemverSchema],
  ['LegalBasisSchema', LegalBasisSchema],
  ['ResultSchema', ResultSchema],
  ['TieBreakerSchema', TieBreakerSchema],
  ['RankingSchema', RankingSchema],
  ['BandSchema', BandSchema],
  ['MethodologyStatusSchema', MethodologyStatusSchema],
  ['MethodologySchema', MethodologySchema],
  ['PluginCallSchema', PluginCallSchema],
  ['MissingPolicySchema', MissingPolicySchema],
  ['RoundingSchema', RoundingSchema],
  ['NodeSchema', NodeSchema],
  ['DenominateSchema', DenominateSchema],
  ['MinPresentSchema', MinPresentSchema],
  ['ScreenSchema', ScreenSchema],
  ['RoundSchema', RoundSchema],
  ['RoundsSchema', RoundsSchema],
  ['DataColumnSchema', DataColumnSchema],
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
  // Methodology parts: nodes, calls, roundings, rounds, screens, a whole methodology.
  { code: '1', title: 'A', max: '2', rule: { use: 'chiso/yes-no', with: { points: '2' } } },
  { code: '1', title: '', children: [{ code: '1.1', title: 'B', max: -1 }], denominate: { by: 'GDP' } },
  { use: 'chiso/value', with: { x: 1 } },
  { decimals: 21, mode: 'down' },
  { code: 'self', withoutEvidence: 'zero' },
  [{ code: 'self' }, { code: 'self' }],
  { by: 'zeros', minShare: '0.5' },
  { share: '2' },
  'pci',
  '2014.0.0',
  {
    id: 'demo',
    version: '1.0.0',
    title: 'Demo',
    result: { type: 'points' },
    tree: [{ code: '1', title: 'A' }],
  },
]

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })

describe('schemas built on first use', () => {
  it.each(lazyBuilt)('%s parses, fails and describes itself as the schema it builds', (name, lazy) => {
    const eager = lazy.clone()
    for (const input of inputs) {
      const [a, b] = [eager.safeParse(input), lazy.safeParse(input)]
      expect(b.success).toBe(a.success)
      expect(b.data).toEqual(a.data)
      expect(b.error?.issues).toEqual(a.error?.issues)
      expect(lazy.safeParse(input, { jitless: true }).error?.issues).toEqual(a.error?.issues)
    }
    // A node's children hold the stand-in itself (node.ts), which a copy is not: the copy's JSON Schema would
    // find the recursion one level down. The stand-in's own is checked below.
    if (name !== 'NodeSchema') {
      expect(json(lazy)).toEqual(json(eager))
      expect(json(z.array(lazy).optional())).toEqual(json(z.array(eager).optional()))
    }
    expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager))
    expect(lazy instanceof z.ZodType).toBe(true)
  })

  it('keeps the recursion of a node at its root, as the schema held it', () => {
    const schema = json(NodeSchema) as unknown as { $defs?: unknown; properties: { children: unknown } }
    expect(schema.$defs).toBeUndefined()
    expect(schema.properties.children).toEqual({ minItems: 1, type: 'array', items: { $ref: '#' } })
  })
})

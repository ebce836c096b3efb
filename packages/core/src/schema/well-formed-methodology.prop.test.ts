import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { parIndexProvince2022 } from '../catalogue/entries/par-index-province-2022.js'
import { pci2014 } from '../catalogue/entries/pci-2014.js'
import { serviceIndex766 } from '../catalogue/entries/service-index-766-2022.js'
import { MethodologySchema } from './methodology.js'
import { parseWellFormedMethodology } from './well-formed-methodology.js'

// The general path: the methodology schema itself, as `parseMethodology` runs it.
const bySchema = (input: unknown) => MethodologySchema.safeParse(input, { jitless: true })

// Methodologies near every check the hand-written path makes: each part is mostly one the schema accepts as it
// is or transforms (numbers, defaults), now and then one it transforms otherwise (non-canonical decimals, codes
// NFC changes) or refuses, an undefined member, an unknown key, or a part the hand-written path leaves to the
// schema. About a third of them are well formed throughout.
const rare = <T, U>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: usual, weight: 120 }, { arbitrary: unusual, weight: 1 })
/** Sometimes without a prototype, sometimes with an unknown key or a member made undefined. */
const objectLike = (
  arbitrary: fc.Arbitrary<Record<string, unknown>>,
  extra: fc.Arbitrary<[string, unknown]>,
) =>
  fc.tuple(arbitrary, fc.nat(249), extra).map(([value, dice, [key, member]]) => {
    const out: Record<string, unknown> =
      dice === 0 ? Object.assign(Object.create(null) as object, value) : { ...value }
    if (dice === 1) out[key] = member
    if (dice === 2) {
      const keys = Object.keys(out)
      if (keys.length > 0) out[keys[keys.length - 1]!] = undefined
    }
    return out
  })
const unknownKey = fc.constant<[string, unknown]>(['unknown', 1])
const enumOf = <T>(values: T[], wrong: unknown) => rare(fc.constantFrom(...values), fc.constant(wrong))
const text = rare(fc.constantFrom('Tiêu chí', 'x', 'Năng lực cạnh tranh'), fc.constantFrom('', 7, null))
const localizedText = rare(
  fc.oneof(
    fc.constantFrom('Chỉ số', 'Index'),
    objectLike(
      fc.record(
        { vi: fc.constantFrom('Minh bạch', 'x'), en: fc.constantFrom('Transparency', 'y') },
        { requiredKeys: [] },
      ),
      fc.constant<[string, unknown]>(['fr', 'z']),
    ),
  ),
  fc.constantFrom('', 3, null, ['vi'], { vi: '' }, { en: 5 }),
)
const unusualDecimal = fc.constantFrom('2.50', ' 3', '1e3', 'abc', '-0', Number.NaN, 1e21, 1 / 3, '', '007')
const nonNegativeDecimal = rare(
  fc.constantFrom('5', '0', '0.25', '100', 5, 2.5, 0, 20, 0.1),
  fc.oneof(unusualDecimal, fc.constantFrom('-2.5', -3)),
)
const decimal = rare(fc.constantFrom('5', '0', '0.25', '-2.5', '100', 5, 2.5, 0, -3), unusualDecimal)
const nodeCode = rare(
  fc.constantFrom('1', '1.2', 'entry_costs', 'Đ1', 'x'.repeat(100), 'A-b_c.9'),
  fc.constantFrom(
    '\u212B1',
    '\u1100\u1161',
    'e\u03011',
    'a:b',
    '',
    ' 1',
    'x'.repeat(101),
    7,
    '1\u00AA',
    '.1',
  ),
)
const options = fc.oneof(
  fc.constantFrom(
    {},
    { points: '2' },
    { bands: [{ atLeast: '1', points: 2 }], below: '0' },
    { 2: 'two', b: 'b', 1: 'one', nested: { deep: ['x', 1.5] } },
  ),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
)
const pluginCall = rare(
  objectLike(
    fc.record(
      { use: fc.constantFrom('chiso/value', 'chiso/mean', 'acme/rule-1'), with: options },
      { requiredKeys: ['use'] },
    ),
    unknownKey,
  ),
  fc.constantFrom(
    { use: 'Chiso/value' },
    { use: 'chiso' },
    { use: 'chiso/value', with: { x: Number.NaN } },
    { use: 'chiso/value', with: { a: [{ b: Number.POSITIVE_INFINITY }] } },
    { use: 'chiso/value', with: [] },
    'chiso/value',
  ),
)
const rounding = objectLike(
  fc.record(
    {
      decimals: rare(fc.constantFrom(0, 1, 2, 20, -0), fc.constantFrom(21, -1, 1.5, '2')),
      mode: enumOf(['half-up', 'half-even', 'down', 'up'], 'bad'),
    },
    { requiredKeys: [] },
  ),
  unknownKey,
)
const nodeExtra = fc.constantFrom<[string, unknown]>(
  ['denominate', { by: 'population' }],
  ['minPresent', { share: '0.5' }],
  ['bogus', 1],
)
const { node } = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
  node: objectLike(
    fc
      .record(
        {
          code: nodeCode,
          title: localizedText,
          description: localizedText,
          max: nonNegativeDecimal,
          weight: nonNegativeDecimal,
          direction: enumOf([1, -1], 0),
          source: enumOf(['self', 'appraisal', 'survey', 'statistic'], 'expert'),
          missing: enumOf(['skip', 'zero', 'error'], 'ignore'),
          impute: pluginCall,
          treat: pluginCall,
          normalise: pluginCall,
          ranked: enumOf([true, false], 'yes'),
          round: rounding,
          rule: pluginCall,
          aggregate: pluginCall,
          children: fc.oneof(
            { depthSize: 'small', withCrossShrink: true },
            fc.constant(undefined),
            rare(fc.array(tie('node'), { minLength: 1, maxLength: 2 }), fc.constant([])),
          ),
        },
        { requiredKeys: ['code', 'title'] },
      )
      .map((value) => {
        if (value.children === undefined) delete value.children
        return value
      }),
    nodeExtra,
  ),
}))
const methodologyExtra = fc.constantFrom<[string, unknown]>(
  ['columns', [{ code: 'population' }]],
  ['screen', { minShare: '0.5' }],
  ['rounds', ['self', 'appraisal']],
  ['unknown', true],
)
const methodology = objectLike(
  fc.record(
    {
      $schema: rare(fc.constant('./methodology.schema.json'), fc.constant(3)),
      id: enumOf(['pci', 'par-index.province', 'a_b-1'], 'PCI'),
      version: enumOf(['2014.0.0', '1.0.0-rc.1+build.5', '0.1.0'], '01.0.0'),
      title: localizedText,
      description: localizedText,
      status: enumOf(['official', 'illustrative', 'draft'], 'published'),
      coverage: enumOf(['full', 'components'], 'partial'),
      basis: fc.array(
        objectLike(
          fc.record(
            {
              document: rare(fc.constant('876/QĐ-BNV'), fc.constantFrom('', 5)),
              issuer: text,
              source: text,
              note: text,
            },
            { requiredKeys: ['document'] },
          ),
          fc.constant<[string, unknown]>(['date', '2022-11-10']),
        ),
        { maxLength: 2 },
      ),
      unitKind: text,
      supersedes: text,
      plugins: fc.array(enumOf(['acme', 'a-b'], 'Acme'), { maxLength: 2 }),
      result: rare(
        fc.oneof(
          fc.constant({ type: 'points' }),
          fc.record({ type: fc.constant('composite'), scale: decimal }, { requiredKeys: ['type'] }),
        ),
        fc.constantFrom({ type: 'points', scale: '1' }, { type: 'other' }, 'points'),
      ),
      aggregate: pluginCall,
      missing: enumOf(['skip', 'zero', 'error'], 'ignore'),
      display: rounding,
      ranking: objectLike(
        fc.record(
          {
            method: enumOf(['competition', 'dense', 'ordinal'], 'olympic'),
            on: enumOf(['exact', 'display'], 'rounded'),
            tieBreakers: fc.array(
              objectLike(
                fc.record(
                  { node: nodeCode, order: enumOf(['desc', 'asc'], 'up') },
                  { requiredKeys: ['node'] },
                ),
                unknownKey,
              ),
              { maxLength: 2 },
            ),
            within: enumOf(['all', 'group'], 'region'),
          },
          { requiredKeys: [] },
        ),
        unknownKey,
      ),
      bands: fc.array(
        objectLike(
          fc.record(
            { code: text, label: localizedText, atLeast: decimal },
            { requiredKeys: ['code', 'atLeast'] },
          ),
          unknownKey,
        ),
        { maxLength: 2 },
      ),
      tree: rare(fc.array(node, { minLength: 1, maxLength: 3 }), fc.constantFrom([], 'tree')),
    },
    { requiredKeys: ['id', 'version', 'title', 'result', 'tree'] },
  ),
  methodologyExtra,
)

// Checked to fail, each turning at least one of the two properties red at once: the default display written as
// 3 decimals, a negative weight let through, no NFC check on codes, `with` copied without its numeric keys (key
// order is compared through JSON), 21 decimals allowed, non-finite options let through, `{}` taken as a
// localized text, another prototype or an undefined member accepted, an empty tree accepted, a default scale of 0.
describe('the methodology schema’s result without zod', () => {
  let tried = 0
  let taken = 0
  test.prop([methodology], propertyRuns(400))('is the schema’s result, or left to the schema', (input) => {
    tried++
    const fast = parseWellFormedMethodology(input)
    if (fast === undefined) return
    taken++
    const parsed = bySchema(input)
    expect(parsed.success).toBe(true)
    expect(fast).toStrictEqual(parsed.data)
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data))
  })

  // One part at a time: a well-formed methodology with one member set to a value from a pool near the checks
  // (each member meets every value of the pool here, where the property above meets most of them rarely).
  const base = () => ({
    id: 'demo',
    version: '1.0.0',
    title: { vi: 'Mẫu', en: 'Demo' },
    result: { type: 'composite', scale: '10' },
    tree: [
      { code: 'a', title: 'A', weight: '1', rule: { use: 'chiso/value' } },
      {
        code: 'b',
        title: 'B',
        children: [{ code: 'b.1', title: 'B1', max: 2, rule: { use: 'chiso/value' } }],
      },
    ],
  })
  type Edit = (methodology: ReturnType<typeof base>, value: unknown) => void
  const places: Array<[string, Edit]> = [
    ['display', (m, v) => Object.assign(m, { display: v })],
    ['display.decimals', (m, v) => Object.assign(m, { display: { decimals: v } })],
    ['a node', (m, v) => m.tree.push(v as never)],
    ['a node’s round', (m, v) => Object.assign(m.tree[0]!, { round: v })],
    [
      'a node’s round.decimals',
      (m, v) => Object.assign(m.tree[0]!, { round: { decimals: v, mode: 'down' } }),
    ],
    ['a node’s code', (m, v) => Object.assign(m.tree[1]!.children![0]!, { code: v })],
    ['a node’s max', (m, v) => Object.assign(m.tree[1]!.children![0]!, { max: v })],
    ['a node’s weight', (m, v) => Object.assign(m.tree[0]!, { weight: v })],
    ['a node’s title', (m, v) => Object.assign(m.tree[0]!, { title: v })],
    ['a node’s direction', (m, v) => Object.assign(m.tree[0]!, { direction: v })],
    ['a node’s ranked', (m, v) => Object.assign(m.tree[0]!, { ranked: v })],
    ['a rule', (m, v) => Object.assign(m.tree[0]!, { rule: v })],
    ['a rule’s options', (m, v) => Object.assign(m.tree[0]!, { rule: { use: 'chiso/value', with: v } })],
    ['the children', (m, v) => Object.assign(m.tree[1]!, { children: v })],
    ['the title', (m, v) => Object.assign(m, { title: v })],
    ['the result', (m, v) => Object.assign(m, { result: v })],
    ['the scale', (m, v) => Object.assign(m, { result: { type: 'composite', scale: v } })],
    ['the ranking', (m, v) => Object.assign(m, { ranking: v })],
    ['a tie-breaker', (m, v) => Object.assign(m, { ranking: { tieBreakers: [v] } })],
    ['a band', (m, v) => Object.assign(m, { bands: [v] })],
    ['a basis', (m, v) => Object.assign(m, { basis: [v] })],
    ['the plugins', (m, v) => Object.assign(m, { plugins: v })],
    [
      'the whole methodology’s prototype',
      (m, v) => {
        if (v === null || typeof v === 'object') Object.setPrototypeOf(m, v)
      },
    ],
  ]
  const pool = fc.oneof(
    fc.constantFrom(
      ...[
        undefined,
        null,
        true,
        0,
        -0,
        1,
        -1,
        2,
        20,
        21,
        1.5,
        -3,
        Number.NaN,
        1e21,
        1 / 3,
        '',
        'x',
        '2',
        '-2.5',
        '2.50',
      ],
      ...['0.25', ' 3', '1e3', '007', 'half-even', 'bad', 'a:b', '\u212B1', '\u1100\u1161', 'x'.repeat(101)],
      ...[
        [],
        ['acme'],
        ['Acme'],
        {},
        { vi: 'x' },
        { vi: '' },
        { en: 'y', vi: 'x' },
        { fr: 'x' },
        { decimals: 1 },
      ],
      ...[
        { mode: 'up' },
        { decimals: 2, mode: 'x' },
        { use: 'chiso/value' },
        { use: 'chiso/value', with: { 1: 'a', b: 2 } },
      ],
      ...[
        { use: 'chiso/value', with: { x: Number.NaN } },
        { x: [Number.POSITIVE_INFINITY] },
        { 2: 'b', a: 1, 1: { c: 'd' } },
      ],
      ...[
        { code: 'c', title: 'C', rule: { use: 'chiso/value' } },
        { code: 'c', title: 'C', minPresent: { count: 1 } },
      ],
      ...[
        [{ code: 'c', title: 'C', rule: { use: 'chiso/value' } }],
        { type: 'points' },
        { type: 'composite' },
      ],
      ...[
        { node: 'a' },
        { node: 'a', order: 'asc' },
        { method: 'dense', within: 'group' },
        { tieBreakers: [] },
      ],
      ...[
        { code: 'A', atLeast: 50 },
        { code: 'A', label: { en: 'Top' }, atLeast: '50.0' },
        { document: 'QĐ 1', note: 'x' },
      ],
      ...[
        { document: 'QĐ 1', date: '2022-01-01' },
        Object.prototype,
        Array.prototype,
        { description: 'inherited' },
      ],
    ),
    fc.constantFrom(...[undefined, 'x', { a: 1 }]).map((value) => ({ key: value })),
  )
  test.prop([fc.constantFrom(...places), pool], propertyRuns(600))(
    'is the schema’s result with any one part changed, or leaves it to the schema',
    ([, edit], value) => {
      const input = base()
      edit(input, value)
      const fast = parseWellFormedMethodology(input)
      if (fast === undefined) return
      const parsed = bySchema(input)
      expect(parsed.success).toBe(true)
      expect(fast).toStrictEqual(parsed.data)
      expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data))
    },
  )

  it('is not an empty property: many of the methodologies drawn take the path without zod', () => {
    expect(taken).toBeGreaterThan(tried / 5)
  })

  it.each([
    ['pci', pci2014],
    ['par-index.province', parIndexProvince2022],
    ['service-index', serviceIndex766],
  ])('reads the shipped %s methodology as the schema does', (_, source) => {
    const fast = parseWellFormedMethodology(source)
    if (source === pci2014) expect(fast).toBeDefined()
    if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(bySchema(source).data))
  })
})

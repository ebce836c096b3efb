// Every key the methodology format accepts either changes how units are scored or changes the fingerprint
// (what a published number is tied to). The schema is walked key by key, so a key added to the format without
// an entry here fails the first test: an option that validates but does nothing cannot slip in.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { createEngine } from '../src/engine/create-engine.js'
import { definePlugin } from '../src/plugin/define.js'
import { DataColumnSchema } from '../src/schema/data-column.js'
import {
  BandSchema,
  MethodologySchema,
  RankingSchema,
  ResultSchema,
  TieBreakerSchema,
} from '../src/schema/methodology.js'
import { NodeSchema, RoundingSchema } from '../src/schema/node.js'
import { DenominateSchema, MinPresentSchema, ScreenSchema } from '../src/schema/pipeline.js'
import { RoundSchema } from '../src/schema/round.js'

type Doc = Record<string, unknown>
type Effect = 'result' | 'fingerprint' | 'neither'
interface Case {
  /** What a key's non-default value does. */
  readonly effect: Effect
  /** The base methodology the change applies to. */
  readonly base: 'points' | 'composite'
  /** Changes a copy of the base. */
  readonly change: (m: Doc) => void
  /** Why a key changes neither (only the editor hint). */
  readonly why?: string
}

// An illustrative points methodology: area 1 (1.1 points of 4, 1.2 yes/no of 6), area 2 (points of 10).
const points = (): Doc => ({
  id: 'test.keys',
  version: '1.0.0',
  title: 'Keys',
  status: 'illustrative',
  result: { type: 'points' },
  tree: [
    {
      code: '1',
      title: 'Area 1',
      max: '10',
      children: [
        { code: '1.1', title: 'Count', max: '4', rule: { use: 'chiso/points' } },
        { code: '1.2', title: 'Plan', max: '6', rule: { use: 'chiso/yes-no' } },
      ],
    },
    { code: '2', title: 'Area 2', max: '10', rule: { use: 'chiso/points' } },
  ],
})

// An illustrative composite: area A (mean of A1 and A2), area B, each a plain value.
const composite = (): Doc => ({
  id: 'test.keys-composite',
  version: '1.0.0',
  title: 'Keys',
  status: 'illustrative',
  result: { type: 'composite' },
  tree: [
    {
      code: 'A',
      title: 'Area A',
      children: [
        { code: 'A1', title: 'A1', rule: { use: 'chiso/value' } },
        { code: 'A2', title: 'A2', rule: { use: 'chiso/value' } },
      ],
    },
    { code: 'B', title: 'Area B', rule: { use: 'chiso/value' } },
  ],
})

// Units chosen so that every option shows: X and Y tie exactly, Z is close on display, W lacks 1.1.
const pointsData = {
  units: [
    { code: 'X', group: 'g1' },
    { code: 'Y', group: 'g1' },
    { code: 'Z', group: 'g2' },
    { code: 'W', group: 'g2' },
  ],
  observations: [
    { unit: 'X', node: '1.1', value: '3' },
    { unit: 'X', node: '1.2', value: true },
    { unit: 'X', node: '2', value: '5.004' },
    { unit: 'Y', node: '1.1', value: '4' },
    { unit: 'Y', node: '1.2', value: true },
    { unit: 'Y', node: '2', value: '4.004' },
    { unit: 'Z', node: '1.1', value: '2' },
    { unit: 'Z', node: '1.2', value: true },
    { unit: 'Z', node: '2', value: '6.001' },
    { unit: 'W', node: '1.2', value: false },
    { unit: 'W', node: '2', value: '10' },
    // Counts only when the methodology declares an appraisal round (else it is reported and ignored).
    { unit: 'W', node: '1.1', value: '4', round: 'appraisal' },
  ],
}
const compositeData = {
  units: [{ code: 'X' }, { code: 'Y' }, { code: 'Z' }],
  observations: [
    { unit: 'X', node: 'A1', value: '2' },
    { unit: 'X', node: 'A2', value: '8' },
    { unit: 'X', node: 'B', value: '5.55' },
    { unit: 'Y', node: 'A1', value: '6' },
    { unit: 'Y', node: 'A2', value: '1' },
    { unit: 'Y', node: 'B', value: '3' },
    { unit: 'Z', node: 'A1', value: '9' },
    { unit: 'Z', node: 'B', value: '2.25' },
    // Data columns (denominators) for the pipeline keys; unknown nodes (ignored) where none is declared.
    { unit: 'X', node: 'POP', value: '2' },
    { unit: 'Y', node: 'POP', value: '4' },
    { unit: 'Z', node: 'POP', value: '5' },
    { unit: 'X', node: 'AREA', value: '1' },
    { unit: 'Y', node: 'AREA', value: '8' },
    { unit: 'Z', node: 'AREA', value: '3' },
  ],
}

const area = (m: Doc) => (m.tree as Doc[])[0]!
const leaf = (m: Doc) => (area(m).children as Doc[])[0]!
const secondLeaf = (m: Doc) => (area(m).children as Doc[])[1]!
const withColumns = (m: Doc) => {
  m.columns = [{ code: 'POP' }, { code: 'AREA' }]
}
const inPoints = (effect: Effect, change: (m: Doc) => void): Case => ({ effect, base: 'points', change })
const inComposite = (effect: Effect, change: (m: Doc) => void): Case => ({
  effect,
  base: 'composite',
  change,
})

const METHODOLOGY_KEYS: Record<string, Case> = {
  $schema: {
    effect: 'neither',
    base: 'points',
    why: 'an editor hint naming the JSON Schema file; it is not part of the methodology',
    change: (m) => {
      m.$schema = 'methodology.schema.json'
    },
  },
  id: inPoints('fingerprint', (m) => {
    m.id = 'test.keys-renamed'
  }),
  version: inPoints('fingerprint', (m) => {
    m.version = '1.1.0'
  }),
  title: inPoints('fingerprint', (m) => {
    m.title = { vi: 'Khóa', en: 'Keys' }
  }),
  description: inPoints('fingerprint', (m) => {
    m.description = 'What each key does'
  }),
  status: inPoints('fingerprint', (m) => {
    m.status = 'draft'
  }),
  coverage: inPoints('fingerprint', (m) => {
    m.coverage = 'components'
  }),
  basis: inPoints('fingerprint', (m) => {
    m.basis = [{ document: '1/QĐ-TEST', note: 'an illustrative decision' }]
  }),
  unitKind: inPoints('fingerprint', (m) => {
    m.unitKind = 'district'
  }),
  supersedes: inPoints('fingerprint', (m) => {
    m.supersedes = 'test.keys@0.9.0'
  }),
  plugins: inPoints('fingerprint', (m) => {
    m.plugins = ['acme']
  }),
  result: inComposite('result', (m) => {
    m.result = { type: 'composite', scale: '10' }
  }),
  aggregate: inComposite('result', (m) => {
    m.aggregate = { use: 'chiso/min' }
  }),
  missing: inPoints('result', (m) => {
    m.missing = 'skip'
  }),
  display: inPoints('result', (m) => {
    m.display = { decimals: 1 }
  }),
  ranking: inPoints('result', (m) => {
    m.ranking = { method: 'dense' }
  }),
  bands: inPoints('result', (m) => {
    m.bands = [{ code: 'A', atLeast: '60' }]
  }),
  tree: inPoints('result', (m) => {
    ;(m.tree as Doc[]).pop()
  }),
  columns: inComposite('fingerprint', withColumns),
  screen: inComposite('result', (m) => {
    // Z lacks A2: two of three leaves, below 100 %.
    m.screen = { minShare: '1' }
  }),
  rounds: inPoints('result', (m) => {
    m.rounds = [{ code: 'self' }, { code: 'appraisal' }]
  }),
}

const selfAndAppraisal = (m: Doc) => {
  m.rounds = [{ code: 'self' }, { code: 'appraisal' }]
}
const ROUND_KEYS: Record<string, Case> = {
  code: inPoints('result', (m) => {
    m.rounds = [{ code: 'self' }, { code: 'review' }]
  }),
  title: inPoints('fingerprint', (m) => {
    m.rounds = [{ code: 'self' }, { code: 'appraisal', title: { vi: 'Thẩm định', en: 'Appraisal' } }]
  }),
  // W reached the appraisal; its self-assessed 10 points on "2" carry no evidence.
  withoutEvidence: inPoints('result', (m) => {
    m.rounds = [{ code: 'self' }, { code: 'appraisal', withoutEvidence: 'zero' }]
  }),
  rules: inPoints('result', (m) => {
    m.rounds = [{ code: 'self' }, { code: 'appraisal', withoutEvidence: 'zero', rules: ['chiso/yes-no'] }]
  }),
}

const NODE_KEYS: Record<string, Case> = {
  code: inPoints('result', (m) => {
    leaf(m).code = '1.9'
  }),
  title: inPoints('fingerprint', (m) => {
    leaf(m).title = { vi: 'Số lượng', en: 'Count' }
  }),
  description: inPoints('fingerprint', (m) => {
    leaf(m).description = 'How to count'
  }),
  max: inPoints('result', (m) => {
    leaf(m).max = '5'
  }),
  weight: inComposite('result', (m) => {
    leaf(m).weight = '3'
  }),
  direction: inComposite('result', (m) => {
    leaf(m).normalise = { use: 'chiso/min-max' }
    // Compared with the same normaliser pointing the other way (see `variantOf`).
    leaf(m).direction = -1
  }),
  source: inPoints('fingerprint', (m) => {
    leaf(m).source = 'appraisal'
  }),
  missing: inPoints('result', (m) => {
    area(m).missing = 'skip'
  }),
  normalise: inComposite('result', (m) => {
    leaf(m).normalise = { use: 'chiso/min-max' }
  }),
  round: inComposite('result', (m) => {
    ;(m.tree as Doc[])[1]!.round = { decimals: 1 }
  }),
  rule: inPoints('result', (m) => {
    leaf(m).rule = { use: 'chiso/proportional', with: { over: 'value', full: '8' } }
  }),
  aggregate: inComposite('result', (m) => {
    area(m).aggregate = { use: 'chiso/min' }
  }),
  children: inPoints('result', (m) => {
    ;(area(m).children as Doc[]).pop()
    area(m).max = '4'
  }),
  denominate: inComposite('result', (m) => {
    withColumns(m)
    leaf(m).denominate = { by: 'POP' }
  }),
  impute: inComposite('result', (m) => {
    secondLeaf(m).impute = { use: 'chiso/impute-mean' }
  }),
  treat: inComposite('result', (m) => {
    leaf(m).treat = { use: 'chiso/clip', with: { upper: '5' } }
  }),
  minPresent: inComposite('result', (m) => {
    area(m).minPresent = { count: 2 }
  }),
  ranked: inComposite('result', (m) => {
    area(m).ranked = true
  }),
}

const DENOMINATE_KEYS: Record<string, Case> = {
  by: inComposite('result', (m) => {
    leaf(m).denominate = { by: 'AREA' }
  }),
  scale: inComposite('result', (m) => {
    leaf(m).denominate = { by: 'POP', scale: '1000' }
  }),
}

const SCREEN_KEYS: Record<string, Case> = {
  minShare: inComposite('result', (m) => {
    m.screen = { minShare: '1' }
  }),
  // Z lacks A2, which its variant base imputes as 0 and screens by zeros too: by missing values alone it stays.
  by: inComposite('result', (m) => {
    m.screen = { by: 'missing', minShare: '0' }
  }),
  // Z's imputed 0 leaves it 2 of 3 values non-zero: below 90 %.
  minNonZeroShare: inComposite('result', (m) => {
    m.screen = { by: 'zeros', minNonZeroShare: '0.9' }
  }),
}

const MIN_PRESENT_KEYS: Record<string, Case> = {
  share: inComposite('result', (m) => {
    area(m).minPresent = { share: '1' }
  }),
  count: inComposite('result', (m) => {
    area(m).minPresent = { count: 2 }
  }),
}

const DATA_COLUMN_KEYS: Record<string, Case> = {
  // Which observations are data columns; a denominator naming a column that is not declared is refused.
  code: inComposite('fingerprint', (m) => {
    m.columns = [{ code: 'POP2' }, { code: 'AREA' }]
  }),
  title: inComposite('fingerprint', (m) => {
    m.columns = [{ code: 'POP', title: 'Population' }, { code: 'AREA' }]
  }),
  description: inComposite('fingerprint', (m) => {
    m.columns = [{ code: 'POP', description: 'Thousands' }, { code: 'AREA' }]
  }),
}

const RANKING_KEYS: Record<string, Case> = {
  method: inPoints('result', (m) => {
    m.ranking = { method: 'ordinal' }
  }),
  on: inPoints('result', (m) => {
    m.ranking = { on: 'display' }
    m.display = { decimals: 0 }
  }),
  tieBreakers: inPoints('result', (m) => {
    m.ranking = { tieBreakers: [{ node: '2' }] }
  }),
  within: inPoints('result', (m) => {
    m.ranking = { within: 'group' }
  }),
}

const TIE_BREAKER_KEYS: Record<string, Case> = {
  node: inPoints('result', (m) => {
    m.ranking = { tieBreakers: [{ node: '1.1' }] }
  }),
  order: inPoints('result', (m) => {
    m.ranking = { tieBreakers: [{ node: '2', order: 'asc' }] }
  }),
}

const ROUNDING_KEYS: Record<string, Case> = {
  decimals: inPoints('result', (m) => {
    m.display = { decimals: 3 }
  }),
  mode: inPoints('result', (m) => {
    // Z's index is 70.005: 70.01 half-up, 70.00 down.
    m.display = { decimals: 2, mode: 'down' }
  }),
}

const BAND_KEYS: Record<string, Case> = {
  code: inPoints('result', (m) => {
    m.bands = [{ code: 'B', atLeast: '50' }]
  }),
  label: inPoints('fingerprint', (m) => {
    m.bands = [{ code: 'A', atLeast: '50', label: { vi: 'Tốt', en: 'Good' } }]
  }),
  atLeast: inPoints('result', (m) => {
    m.bands = [{ code: 'A', atLeast: '80' }]
  }),
}

const RESULT_KEYS: Record<string, Case> = {
  type: inPoints('result', (m) => {
    m.result = { type: 'composite' }
    m.aggregate = { use: 'chiso/sum' }
  }),
  scale: inComposite('result', (m) => {
    m.result = { type: 'composite', scale: '100' }
  }),
}

// What a change is compared with: the base itself, except where the base would not show the key alone.
const variantBaseOf: Record<string, (m: Doc) => void> = {
  'node.direction': (m) => {
    leaf(m).normalise = { use: 'chiso/min-max' }
  },
  'tieBreaker.order': (m) => {
    m.ranking = { tieBreakers: [{ node: '2' }] }
  },
  'tieBreaker.node': (m) => {
    m.ranking = { tieBreakers: [{ node: '2' }] }
  },
  'round.code': selfAndAppraisal,
  'round.title': selfAndAppraisal,
  'round.withoutEvidence': selfAndAppraisal,
  'round.rules': (m) => {
    m.rounds = [{ code: 'self' }, { code: 'appraisal', withoutEvidence: 'zero' }]
  },
  'band.code': (m) => {
    m.bands = [{ code: 'A', atLeast: '50' }]
  },
  'band.label': (m) => {
    m.bands = [{ code: 'A', atLeast: '50' }]
  },
  'band.atLeast': (m) => {
    m.bands = [{ code: 'A', atLeast: '50' }]
  },
  'denominate.by': (m) => {
    withColumns(m)
    leaf(m).denominate = { by: 'POP' }
  },
  'denominate.scale': (m) => {
    withColumns(m)
    leaf(m).denominate = { by: 'POP' }
  },
  'screen.minShare': (m) => {
    m.screen = { minShare: '0' }
  },
  'screen.by': (m) => {
    secondLeaf(m).impute = { use: 'chiso/impute-constant', with: { value: '0' } }
    m.screen = { by: 'missing-and-zeros', minShare: '0', minNonZeroShare: '0.9' }
  },
  'screen.minNonZeroShare': (m) => {
    secondLeaf(m).impute = { use: 'chiso/impute-constant', with: { value: '0' } }
    m.screen = { by: 'zeros', minNonZeroShare: '0' }
  },
  'minPresent.share': (m) => {
    area(m).minPresent = { share: '0' }
  },
  'minPresent.count': (m) => {
    area(m).minPresent = { count: 0 }
  },
  'dataColumn.code': withColumns,
  'dataColumn.title': withColumns,
  'dataColumn.description': withColumns,
}

const acme = definePlugin({ name: 'acme', version: '1.0.0' })
const engine = createEngine({ plugins: [acme] })

function scored(doc: Doc, base: Case['base']) {
  const compiled = engine.compile(doc)
  const card = compiled.evaluate(base === 'points' ? pointsData : compositeData, { trace: false })
  return { fingerprint: compiled.fingerprint, units: JSON.stringify(card.units) }
}

const keysOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).sort()
const compositeShape = (ResultSchema.options[1] as unknown as z.ZodObject).shape

const TABLES: Array<[string, Record<string, Case>, string[]]> = [
  ['methodology', METHODOLOGY_KEYS, keysOf(MethodologySchema)],
  ['node', NODE_KEYS, keysOf(NodeSchema)],
  ['ranking', RANKING_KEYS, keysOf(RankingSchema)],
  ['tieBreaker', TIE_BREAKER_KEYS, keysOf(TieBreakerSchema)],
  ['rounding', ROUNDING_KEYS, keysOf(RoundingSchema)],
  ['band', BAND_KEYS, keysOf(BandSchema)],
  ['round', ROUND_KEYS, keysOf(RoundSchema)],
  ['result', RESULT_KEYS, Object.keys(compositeShape).sort()],
  ['denominate', DENOMINATE_KEYS, keysOf(DenominateSchema)],
  ['screen', SCREEN_KEYS, keysOf(ScreenSchema)],
  [
    'minPresent',
    MIN_PRESENT_KEYS,
    MinPresentSchema.options.flatMap((option) => keysOf(option as unknown as z.ZodObject)).sort(),
  ],
  ['dataColumn', DATA_COLUMN_KEYS, keysOf(DataColumnSchema)],
]

describe('every key of the methodology format has an effect', () => {
  it.each(TABLES)('the %s table covers exactly the keys the schema accepts', (_name, table, keys) => {
    expect(Object.keys(table).sort()).toEqual(keys)
  })

  const cases = TABLES.flatMap(([name, table]) =>
    Object.entries(table).map(([key, entry]) => [`${name}.${key}`, entry] as const),
  )
  it.each(cases)('%s', (where, entry) => {
    const base = entry.base === 'points' ? points() : composite()
    variantBaseOf[where]?.(base)
    const changed = JSON.parse(JSON.stringify(base)) as Doc
    entry.change(changed)
    const before = scored(base, entry.base)
    const after = scored(changed, entry.base)
    if (entry.effect === 'neither') {
      expect(entry.why).toBeDefined()
      expect(after).toEqual(before)
      return
    }
    expect(after.fingerprint).not.toBe(before.fingerprint)
    if (entry.effect === 'result') expect(after.units).not.toBe(before.units)
  })
})

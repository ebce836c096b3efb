// The data-preparation stages through the engine (denominate-step.ts, prepare-leaf-column.ts, impute-step.ts,
// screen-step.ts, treat-step.ts, panel-history.ts) and what follows them: minPresent, ranked nodes, sessions.
import { describe, expect, it } from 'vitest'
import { ChisoError, isChisoError } from '../errors/chiso-error.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { createEngine } from './create-engine.js'

// Three leaves over two areas; units A–D. Illustrative.
const base = (): MethodologyInput => ({
  id: 'test.pipeline',
  version: '1.0.0',
  title: 'Pipeline (illustrative)',
  status: 'illustrative',
  result: { type: 'composite' },
  columns: [{ code: 'POP' }],
  tree: [
    {
      code: 'P',
      title: 'P',
      children: [
        { code: 'x', title: 'x', rule: { use: 'chiso/value' }, normalise: { use: 'chiso/min-max' } },
        { code: 'y', title: 'y', rule: { use: 'chiso/value' }, normalise: { use: 'chiso/min-max' } },
      ],
    },
    { code: 'z', title: 'z', rule: { use: 'chiso/value' }, normalise: { use: 'chiso/min-max' } },
  ],
})

const data = {
  units: [
    { code: 'A', group: 'g' },
    { code: 'B', group: 'g' },
    { code: 'C', group: 'h' },
    { code: 'D', group: 'h' },
  ],
  observations: [
    { unit: 'A', node: 'x', value: '10' },
    { unit: 'B', node: 'x', value: '20' },
    { unit: 'C', node: 'x', value: '30' },
    { unit: 'D', node: 'x', value: '1000' },
    { unit: 'A', node: 'y', value: '1' },
    { unit: 'B', node: 'y', value: '2' },
    { unit: 'C', node: 'y', value: '3' },
    { unit: 'A', node: 'z', value: '5' },
    { unit: 'B', node: 'z', value: '6' },
    { unit: 'C', node: 'z', value: '7' },
    { unit: 'A', node: 'POP', value: '2' },
    { unit: 'B', node: 'POP', value: '4' },
    { unit: 'C', node: 'POP', value: '0' },
  ],
}

const score = (methodology: MethodologyInput, trace = true) =>
  createEngine().compile(methodology).evaluate(data, { trace })

const leaf = (m: MethodologyInput, code: string) => {
  const all = m.tree.flatMap((node) => [node, ...(node.children ?? [])])
  return all.find((node) => node.code === code)! as Record<string, unknown>
}

describe('pipeline stages in the engine', () => {
  it('denominates; a zero or missing denominator is named, the value counts as missing and the unit is kept', () => {
    const m = base()
    leaf(m, 'x').denominate = { by: 'POP', scale: '10' }
    const card = score(m)
    const a = card.units.find((unit) => unit.unit === 'A')!
    expect(a.nodes.x!.steps?.[0]).toMatchObject({ step: 'denominate', from: '10', to: '50' })
    const named = card.diagnostics.filter((d) => d.code === 'DENOMINATOR_MISSING')
    expect(named.map((d) => [d.unit, d.node])).toEqual([
      ['C', 'x'],
      ['D', 'x'],
    ])
    expect(named[0]!.message).toContain('"POP" is zero')
    expect(named[1]!.message).toContain('"POP" is missing')
    expect(card.units.find((unit) => unit.unit === 'C')!.rank).not.toBeNull()
    expect(card.diagnostics.some((d) => d.code === 'UNKNOWN_NODE')).toBe(false)
  })

  it('imputes only missing values, marks them and counts them', () => {
    const m = base()
    leaf(m, 'y').impute = { use: 'chiso/impute-mean', with: { by: 'group' } }
    const card = score(m, false)
    const d = card.units.find((unit) => unit.unit === 'D')!
    expect(d.nodes.y).toMatchObject({ imputed: true, score: '100' })
    expect(card.units.filter((unit) => unit.nodes.y!.imputed).map((unit) => unit.unit)).toEqual(['D'])
    expect(card.diagnostics.find((diag) => diag.code === 'IMPUTED')).toMatchObject({
      node: 'y',
      message: 'chiso/impute-mean imputed 1 value(s): D',
    })
  })

  it('screens a unit out before normalisation: unranked with the reason, and it sets no minimum or maximum', () => {
    const m = base()
    m.screen = { minShare: '0.9' }
    const card = score(m)
    const d = card.units.find((unit) => unit.unit === 'D')!
    expect(d.rank).toBeNull()
    expect(
      card.diagnostics.find((diag) => diag.code === 'SCREENED_OUT' && diag.unit === 'D')!.message,
    ).toContain('data availability 33.3 % (1 of 3 indicators) is below the screening threshold 90 %')
    expect(card.diagnostics.find((diag) => diag.code === 'UNRANKED' && diag.unit === 'D')!.message).toContain(
      'screened out',
    )
    // D's 1000 would have been the maximum of x: without it C (30) is the best.
    expect(card.units.find((unit) => unit.unit === 'C')!.nodes.x!.score).toBe('100')
  })

  it('treats after screening, over the screened cohort only', () => {
    const m = base()
    leaf(m, 'x').treat = { use: 'chiso/clip', with: { upper: '25' } }
    const card = score(m)
    const c = card.units.find((unit) => unit.unit === 'C')!
    expect(c.nodes.x!.steps?.[0]).toMatchObject({ step: 'treat', by: 'chiso/clip', from: '30', to: '25' })
  })

  it('minPresent: an aggregate with too few children counts as missing, by share or count', () => {
    for (const minPresent of [{ share: '1' }, { count: 2 }]) {
      const m = base()
      ;(m.tree[0] as Record<string, unknown>).minPresent = minPresent
      const card = score(m)
      const d = card.units.find((unit) => unit.unit === 'D')!
      expect(d.nodes.P!.status).toBe('missing')
      expect(card.diagnostics.find((diag) => diag.code === 'BELOW_MIN_PRESENT')!.unit).toBe('D')
    }
  })

  it('ranked: every unit’s result for the node carries its rank, with the methodology’s ties', () => {
    const m = base()
    leaf(m, 'y').ranked = true
    const card = score(m, false)
    const ranks = Object.fromEntries(card.units.map((unit) => [unit.unit, unit.nodes.y!.rank]))
    expect(ranks).toEqual({ A: 3, B: 2, C: 1, D: null })
  })

  it.each([
    [
      'a screen threshold above 1',
      (m: MethodologyInput) => {
        m.screen = { minShare: '1.5' }
      },
      ['screen', 'minShare'],
    ],
    [
      'a negative minPresent share',
      (m: MethodologyInput) => {
        ;(m.tree[0] as Record<string, unknown>).minPresent = { share: '-0.1' }
      },
      ['tree', 0, 'minPresent'],
    ],
    [
      'a minPresent that is neither a share nor a count',
      (m: MethodologyInput) => {
        ;(m.tree[0] as Record<string, unknown>).minPresent = '0.5'
      },
      ['tree', 0, 'minPresent'],
    ],
    [
      'a denominator that is not a data column',
      (m: MethodologyInput) => {
        leaf(m, 'z').denominate = { by: 'GDP' }
      },
      ['tree', 1, 'denominate', 'by'],
    ],
    [
      'a normaliser used as an imputation',
      (m: MethodologyInput) => {
        leaf(m, 'z').impute = { use: 'chiso/min-max' }
      },
      ['tree', 1, 'impute', 'use'],
    ],
    [
      'a treatment on an aggregate',
      (m: MethodologyInput) => {
        ;(m.tree[0] as Record<string, unknown>).treat = { use: 'chiso/clip', with: { lower: '0' } }
      },
      ['tree', 0, 'treat'],
    ],
  ])('refuses %s with its path', (_, change, path) => {
    const m = base()
    change(m)
    let caught: unknown
    try {
      createEngine().compile(m)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    const paths = (caught as ChisoError).issues.map((issue) => issue.path)
    expect(paths.some((found) => JSON.stringify(found).startsWith(JSON.stringify(path).slice(0, -1)))).toBe(
      true,
    )
  })

  it('names both forms of minPresent when it is given neither', () => {
    const m = base()
    ;(m.tree[0] as Record<string, unknown>).minPresent = '0.5'
    expect(() => createEngine().compile(m)).toThrow(/\{ share: "0\.5" \}.*or \{ count: 2 \}/)
  })
})

describe('explain shows the stages', () => {
  it('lists a leaf’s imputation and treatment steps and its cohort diagnostics', async () => {
    const { explain } = await import('./explain.js')
    const { explicitMethodology } = await import('../model/explicit-methodology.js')
    const m = base()
    leaf(m, 'y').impute = { use: 'chiso/impute-mean' }
    leaf(m, 'x').treat = { use: 'chiso/skew-kurtosis' }
    const card = score(m)
    const text = explain(card, explicitMethodology(m), { unit: 'D', node: 'y' })
    expect(text).toContain('value 50, imputed')
    expect(text).toContain('impute by chiso/impute-mean: (missing) → 2')
    expect(text).toContain('info IMPUTED (cohort): chiso/impute-mean imputed 1 value(s): D')
    expect(explain(card, explicitMethodology(m), { unit: 'A', node: 'x' })).toContain('info TREATED (cohort)')
  })
})

describe('rankByNode', () => {
  it('ranks the units on one node, unranked last, and refuses an unknown node', async () => {
    const { rankByNode } = await import('./rank-by-node.js')
    const card = score(base(), false)
    const byY = rankByNode(card, 'y', 'competition')
    expect(byY.units.map((unit) => [unit.unit, unit.rank])).toEqual([
      ['C', 1],
      ['B', 2],
      ['A', 3],
      ['D', null],
    ])
    expect(byY.units.every((unit) => unit.groupRank === undefined)).toBe(true)
    expect(() => rankByNode(card, 'nope', 'competition')).toThrow(ChisoError)
  })
})

describe('a session over a methodology that prepares its data', () => {
  it('re-scores a change exactly as a fresh evaluation (imputation and screening see every unit)', () => {
    const m = base()
    m.screen = { minShare: '0.9' }
    leaf(m, 'y').impute = { use: 'chiso/impute-mean' }
    leaf(m, 'x').treat = { use: 'chiso/clip', with: { upper: '500' } }
    const compiled = createEngine().compile(m)
    const session = compiled.session(data)
    // D has x and an imputed y: 2 of 3, screened out until z arrives.
    expect(session.scorecard().units.find((unit) => unit.unit === 'D')!.rank).toBeNull()
    const changed = session.apply([{ unit: 'D', node: 'z', value: '9' }])
    const fresh = compiled.evaluate({
      ...data,
      observations: [...data.observations, { unit: 'D', node: 'z', value: '9' }],
    })
    expect(JSON.stringify(changed.units)).toBe(JSON.stringify(fresh.units))
    expect(changed.units.find((unit) => unit.unit === 'D')!.rank).not.toBeNull()
  })
})

describe('screening as COINr’s own test expects (tests/testthat/test-Screen.R)', () => {
  // 10 units × 10 indicators; unit a has 50 % of its data, unit b 90 %.
  const codes = Array.from({ length: 10 }, (_, i) => `i${i}`)
  const units = 'abcdefghij'.split('')
  const dataset = {
    units: units.map((code) => ({ code })),
    observations: units.flatMap((unit, u) =>
      codes.flatMap((node, i) =>
        (unit === 'a' && i < 5) || (unit === 'b' && i === 0)
          ? []
          : [{ unit, node, value: String(u + i / 10) }],
      ),
    ),
  }
  const methodology = (minShare: string): MethodologyInput => ({
    id: 'test.screen',
    version: '1.0.0',
    title: 'Screen (illustrative)',
    status: 'illustrative',
    result: { type: 'composite' },
    screen: { minShare },
    tree: codes.map((code) => ({
      code,
      title: code,
      rule: { use: 'chiso/value' },
      normalise: { use: 'chiso/min-max' },
    })),
  })

  it.each([
    ['0.75', ['a']],
    ['1', ['a', 'b']],
  ])('dat_thresh %s screens out %j', (minShare, out) => {
    const card = createEngine().compile(methodology(minShare)).evaluate(dataset)
    expect(card.units.filter((unit) => unit.rank === null).map((unit) => unit.unit)).toEqual(out)
    expect(card.diagnostics.filter((d) => d.code === 'SCREENED_OUT').map((d) => d.unit)).toEqual(out)
  })
})

describe('screening by zeros, as COINr’s Screen (unit_screen byzeros / byNAandzeros)', () => {
  // Four indicators; u0 has 3 zeros of 4 values, u1 one missing and no zero, u2 nothing but zeros and NAs.
  const rows: Record<string, Array<string | null>> = {
    u0: ['0', '0', '0', '5'],
    u1: ['1', '2', '3', null],
    u2: ['0', null, null, null],
    u3: [null, null, null, null],
    u4: ['4', '1', '2', '6'],
  }
  const data = {
    units: Object.keys(rows).map((code) => ({ code })),
    observations: Object.entries(rows).flatMap(([unit, values]) =>
      values.flatMap((value, i) => (value === null ? [] : [{ unit, node: `i${i}`, value }])),
    ),
  }
  const screenedBy = (screen: Record<string, unknown>) => {
    const card = createEngine()
      .compile({
        id: 'test.screen-zeros',
        version: '1.0.0',
        title: 'Screening by zeros (illustrative)',
        status: 'illustrative',
        result: { type: 'composite' },
        screen,
        tree: [0, 1, 2, 3].map((i) => ({
          code: `i${i}`,
          title: `i${i}`,
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/min-max' },
        })),
      } as MethodologyInput)
      .evaluate(data, { trace: false })
    return card.diagnostics.filter((d) => d.code === 'SCREENED_OUT').map((d) => d.unit)
  }
  it.each([
    // COINr's default nonzero_thresh 0.05: only a unit whose values are all zeros goes (u2: 0 of 1 non-zero).
    [{ by: 'zeros' }, ['u2']],
    [{ by: 'zeros', minNonZeroShare: '0.3' }, ['u0', 'u2']],
    // 0.25 is not below 0.25: the threshold keeps a unit at it, as COINr's `<`.
    [{ by: 'zeros', minNonZeroShare: '0.25' }, ['u2']],
    [{ by: 'missing', minShare: '0.75' }, ['u2', 'u3']],
    [{ minShare: '0.75' }, ['u2', 'u3']],
    [{ by: 'missing-and-zeros', minShare: '0.75', minNonZeroShare: '0.3' }, ['u0', 'u2', 'u3']],
    // A unit with no value has no share of zeros: only the data-availability threshold screens it.
    [{ by: 'missing-and-zeros', minShare: '0', minNonZeroShare: '1' }, ['u0', 'u2']],
  ] as const)('%j screens out %j', (screen, expected) => {
    expect(screenedBy(screen)).toEqual(expected)
  })

  it.each([
    [{ by: 'zeros', minShare: '0.5' }, 'screen.minShare'],
    [{ by: 'missing', minShare: '0.5', minNonZeroShare: '0.1' }, 'screen.minNonZeroShare'],
    [{ by: 'missing-and-zeros' }, 'screen.minShare'],
    [{ by: 'zeros', minNonZeroShare: '1.5' }, 'screen.minNonZeroShare'],
    [{ by: 'nonzero', minShare: '0.5' }, 'screen.by'],
  ])('refuses %j at %s', (screen, path) => {
    try {
      screenedBy(screen)
      expect.unreachable()
    } catch (error) {
      expect(isChisoError(error)).toBe(true)
      expect(JSON.stringify((error as { issues: unknown }).issues)).toContain(path.split('.')[1])
    }
  })
})

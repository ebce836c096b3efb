// Imputation from the last period (chiso/impute-last-period) over a panel: the value comes from the nearest
// earlier period that has one, is marked imputed and counted with its period; a single period is refused.
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine/create-engine.js'
import { isChisoError } from '../errors/chiso-error.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { parseDataset } from '../schema/parse.js'
import type { PanelPeriod } from './panel-schema.js'
import { scorePanel } from './score-panel.js'

const methodology: MethodologyInput = {
  id: 'test.last-period',
  version: '1.0.0',
  title: 'Last period imputation (illustrative)',
  status: 'illustrative',
  result: { type: 'composite' },
  tree: ['a', 'b'].map((code) => ({
    code,
    title: code,
    rule: { use: 'chiso/value' },
    impute: { use: 'chiso/impute-last-period' },
  })) as MethodologyInput['tree'],
}
const compiled = createEngine().compile(methodology)

/** A period's dataset from unit → [a, b] (null: no observation). */
const period = (label: string, rows: Record<string, Array<string | null>>): PanelPeriod => ({
  period: label,
  dataset: parseDataset({
    units: Object.keys(rows).map((code) => ({ code })),
    observations: Object.entries(rows).flatMap(([unit, values]) =>
      values.flatMap((value, i) => (value === null ? [] : [{ unit, node: ['a', 'b'][i]!, value }])),
    ),
  }),
})

describe('chiso/impute-last-period', () => {
  const panel = [
    period('2021', { x: ['1', '10'], y: ['2', null] }),
    period('2022', { x: [null, '11'], y: ['3', null] }),
    period('2023', { x: [null, null], y: [null, '20'] }),
  ]
  const scored = scorePanel(panel, () => compiled, { trace: true })
  const card = (label: string) => scored.periods.find((p) => p.period === label)!.scorecard
  const node = (label: string, unit: string, code: string) =>
    card(label).units.find((u) => u.unit === unit)!.nodes[code]!

  it.each([
    // period, unit, node, value, imputed
    ['2022', 'x', 'a', '1', true], // from 2021
    ['2022', 'x', 'b', '11', false], // observed, kept
    ['2023', 'x', 'a', '1', true], // 2022 had none (it was imputed there): from 2021
    ['2023', 'x', 'b', '11', true], // from 2022, the nearest
    ['2023', 'y', 'a', '3', true],
    ['2023', 'y', 'b', '20', false],
  ] as const)('%s %s.%s is %s (imputed: %s)', (label, unit, code, value, imputed) => {
    const result = node(label, unit, code)
    expect(result.score).toBe(value)
    expect(result.imputed === true).toBe(imputed)
  })

  it('leaves a value with no earlier one missing (the first period, or a unit never observed)', () => {
    expect(node('2021', 'y', 'b').status).toBe('missing')
    expect(node('2022', 'y', 'b').status).toBe('missing')
  })

  it('counts the imputed values in the IMPUTED diagnostic with the period each came from', () => {
    const messages = card('2023')
      .diagnostics.filter((d) => d.code === 'IMPUTED')
      .map((d) => `${d.node}: ${d.message}`)
    expect(messages).toEqual([
      'a: chiso/impute-last-period imputed 2 value(s): x (from 2021), y (from 2022)',
      'b: chiso/impute-last-period imputed 1 value(s): x (from 2022)',
    ])
  })

  it('is refused in a single-period score, at its place in the methodology, with a hint', () => {
    try {
      compiled.evaluate(panel[0]!.dataset)
      expect.unreachable()
    } catch (error) {
      expect(isChisoError(error) && error.code).toBe('INVALID_METHODOLOGY')
      const issues = (error as { issues: Array<{ path: unknown[]; hint?: string }> }).issues
      expect(issues.map((issue) => issue.path.join('.'))).toEqual(['tree.0.impute.use', 'tree.1.impute.use'])
      expect(issues[0]?.hint).toMatch(/panel/)
    }
  })

  const cell = fc.option(fc.integer({ min: -50, max: 50 }).map(String), { nil: null, freq: 2 })
  test.prop(
    [
      fc.array(fc.array(fc.tuple(cell, cell), { minLength: 3, maxLength: 3 }), {
        minLength: 1,
        maxLength: 4,
      }),
    ],
    propertyRuns(40),
  )('never changes an observed value; fills exactly from the nearest earlier observed value', (periods) => {
    const random = periods.map((rows, p) =>
      period(String(2000 + p), Object.fromEntries(rows.map((row, u) => [`u${u}`, [...row]]))),
    )
    const result = scorePanel(random, () => compiled, { trace: false })
    result.periods.forEach(({ scorecard }, p) => {
      for (const unit of scorecard.units) {
        const u = Number(unit.unit.slice(1))
        ;(['a', 'b'] as const).forEach((code, i) => {
          const observed = periods[p]![u]![i]
          const got = unit.nodes[code]!
          if (observed !== null) {
            expect(got.score).toBe(String(Number(observed)))
            expect(got.imputed).toBeUndefined()
            return
          }
          const earlier = periods
            .slice(0, p)
            .reverse()
            .map((rows) => rows[u]![i])
            .find((value) => value !== null)
          if (earlier === undefined || earlier === null) expect(got.status).toBe('missing')
          else {
            expect(got.score).toBe(String(Number(earlier)))
            expect(got.imputed).toBe(true)
          }
        })
      }
    })
  })
})

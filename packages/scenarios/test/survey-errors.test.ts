// The simulation's survey sampling error taken per unit and indicator from survey estimates (`survey.errors`),
// instead of one sample size or standard error for all.
import { createEngine, type MethodologyInput, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parseSimulationSpec, simulate } from '../src/index.js'

const methodology: MethodologyInput = {
  id: 'survey-errors.illustrative',
  version: '1.0.0',
  title: 'Two survey indicators (illustrative)',
  status: 'illustrative',
  result: { type: 'composite', scale: '10' },
  tree: [
    {
      code: 'a',
      title: 'A',
      source: 'survey',
      rule: { use: 'chiso/value' },
      normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
    },
    {
      code: 'b',
      title: 'B',
      source: 'survey',
      rule: { use: 'chiso/value' },
      normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
    },
  ],
}
const dataset = parseDataset({
  units: [{ code: 'x' }, { code: 'y' }, { code: 'z' }],
  observations: ['x', 'y', 'z'].flatMap((unit, u) => [
    { unit, node: 'a', value: String(50 + u * 2) },
    { unit, node: 'b', value: String(3 + u / 2) },
  ]),
})
const compiled = createEngine().compile(methodology)

describe('survey errors per unit and indicator', () => {
  it('draws each unit’s indicators with its own standard error, and none where it has none', () => {
    const spec = parseSimulationSpec({
      survey: {
        errors: [
          { unit: 'x', node: 'a', se: '5' },
          { unit: 'z', node: 'b', se: '0.4' },
        ],
      },
    })
    const result = simulate(compiled, dataset, { runs: 50, seed: 3, spec })
    expect(result.factors).toEqual(['survey'])
    const keys = new Set(result.parameters.flatMap((run) => Object.keys(run.survey)))
    expect([...keys].sort()).toEqual(['x:a', 'z:b'])
    const spread = (key: string) => Math.max(...result.parameters.map((run) => Math.abs(run.survey[key]!)))
    expect(spread('x:a')).toBeGreaterThan(spread('z:b'))
    // Large errors on x's indicator move the ranks; runs differ.
    expect(new Set(result.units.map((unit) => `${unit.p5}-${unit.p95}`)).size).toBeGreaterThan(1)
  })

  it('refuses an unknown unit or node, errors with n, and errors on points leaves, each at its path', () => {
    expect(() =>
      parseSimulationSpec({ survey: { n: 10, errors: [{ unit: 'x', node: 'a', se: '1' }] } }),
    ).toThrow(/one of n/)
    const run = (errors: Array<{ unit: string; node: string; se: string }>) =>
      simulate(compiled, dataset, { runs: 5, seed: 1, spec: parseSimulationSpec({ survey: { errors } }) })
    expect(() => run([{ unit: 'w', node: 'a', se: '1' }])).toThrow(/no unit "w"/)
    expect(() => run([{ unit: 'x', node: 'c', se: '1' }])).toThrow(/no node "c"/)
    const points = createEngine().compile({
      id: 'points.illustrative',
      version: '1.0.0',
      title: 'Points (illustrative)',
      status: 'illustrative',
      result: { type: 'points' },
      tree: [{ code: 's', title: 'S', max: '10', source: 'survey', rule: { use: 'chiso/points' } }],
    })
    expect(() =>
      simulate(
        points,
        parseDataset({ units: [{ code: 'x' }], observations: [{ unit: 'x', node: 's', value: '5' }] }),
        {
          runs: 5,
          seed: 1,
          spec: parseSimulationSpec({ survey: { errors: [{ unit: 'x', node: 's', se: '1' }] } }),
        },
      ),
    ).toThrow(/gives points/)
  })
})

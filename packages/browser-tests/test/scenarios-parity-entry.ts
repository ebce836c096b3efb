// What the scenarios parity test runs inside Chromium: plans and seeded simulations through the isomorphic
// entry of @chiso/scenarios (no `node:` imports), the way a web app would use it. The scenarios package is
// imported from its source by path: this private test package has no dependency on it to link.
import { createEngine, type Dataset, type MethodologyInput, parseDataset } from '@chiso/core'
import { parseSimulationSpec, planRank, sensitivity, simulate } from '../../scenarios/src/index.js'
import { compiledComposite, compositeDataset } from '../../scenarios/test/fixtures/composite.js'

/** An illustrative points methodology (not an official one): six leaves in two areas, 30 points. */
const pointsMethodology: MethodologyInput = {
  id: 'parity.points',
  version: '1.0.0',
  title: 'Parity points (illustrative)',
  result: { type: 'points' },
  tree: [
    {
      code: '1',
      title: 'Area 1',
      max: '15',
      children: ['1.1', '1.2', '1.3'].map((code) => ({
        code,
        title: code,
        max: '5',
        rule: { use: 'chiso/points' },
      })),
    },
    {
      code: '2',
      title: 'Area 2',
      max: '15',
      children: ['2.1', '2.2', '2.3'].map((code) => ({
        code,
        title: code,
        max: '5',
        rule: { use: 'chiso/points' },
      })),
    },
  ],
}

/** Deterministic data for the points methodology: 15 units, points in quarter steps. */
export function pointsDataset(): Dataset {
  let state = 2026
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const codes = Array.from({ length: 15 }, (_, u) => `D${String(u + 1).padStart(2, '0')}`)
  return parseDataset({
    units: codes.map((code) => ({ code })),
    observations: codes.flatMap((unit) =>
      ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3'].map((node) => ({
        unit,
        node,
        value: String(Math.round(next() * 20) / 4),
      })),
    ),
  })
}

/** Every result as JSON text: plans (points and composite), a seeded simulation and a sensitivity analysis. */
export function scenarioOutputs(): Record<string, string> {
  const points = createEngine().compile(pointsMethodology)
  const composite = compiledComposite()
  const spec = parseSimulationSpec({
    unit: 'U05',
    targetRank: 3,
    weights: { noise: '0.2' },
    peers: { distribution: 'normal', mean: '0', sd: '1' },
  })
  return {
    pointsPlan: JSON.stringify(
      planRank(points, pointsDataset(), { unit: 'D07', target: { kind: 'rise', ranks: 4 } }),
    ),
    compositePlan: JSON.stringify(
      planRank(composite, compositeDataset(), { unit: 'U05', target: { kind: 'rise', ranks: 3 } }),
    ),
    simulation: JSON.stringify(simulate(composite, compositeDataset(), { runs: 300, seed: 42, spec })),
    sensitivity: JSON.stringify(
      sensitivity(composite, compositeDataset(), { samples: 64, seed: 42, spec, bootstrap: 20 }),
    ),
  }
}

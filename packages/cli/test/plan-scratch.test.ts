import { createEngine } from '@chiso/core'
import { readDataset, readDocument } from '@chiso/cli'
import { it } from 'vitest'
import { planRank } from '@chiso/scenarios'

it('scratch', () => {
  for (const [m, d] of [['examples/district-cchc/district.methodology.yaml', 'examples/district-cchc/districts-2023.synthetic.csv'], ['examples/pci-2021/pci.methodology.yaml', 'examples/pci-2021/pci-2021.csv']] as const) {
    const compiled = createEngine().compile(readDocument(m, '/work/main').value)
    const data = readDataset(d, '/work/main')
    const card = compiled.evaluate(data, { trace: false })
    const unit = card.units[card.units.length - 3]!
    const t0 = performance.now()
    const plan = planRank(compiled, data, { unit: unit.unit, target: { kind: 'rise', ranks: 10 } })
    console.log(performance.now() - t0, JSON.stringify({ ...plan, steps: plan.steps.map((s) => [s.node, s.from, s.to, s.pointsGained, s.cost]), changes: undefined, excluded: plan.excluded.length }, null, 1))
  }
})

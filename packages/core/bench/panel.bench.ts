// `pnpm bench`: a PCI-sized panel — 63 provinces × 10 years under pci@2014 (10 sub-indices, weighted mean × 10),
// SYNTHETIC values from a seeded generator — scored in one call with the changes between consecutive years,
// against the baseline of scoring the ten years one by one (the same work without the panel layer), measured in
// the same run. The issue asks for the whole panel in under 1 s in process.
import { bench, describe } from 'vitest'
import { createEngine, parseDataset, periodChanges, resolveMethodology, scorePanel } from '../src/index.js'

const compiled = createEngine().compile(resolveMethodology('pci@2014'))
const leaves = compiled.leaves.map((leaf) => leaf.code)
let state = 20250701
/** A seeded value 1.00–10.00 (mulberry32-like integer steps, never floats in the data). */
const next = () => {
  state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0
  return state
}
const panel = Array.from({ length: 10 }, (_, y) => {
  const period = String(2015 + y)
  const units = Array.from({ length: 63 }, (_, u) => ({ code: `p${u}` }))
  const observations = units.flatMap((unit) =>
    leaves.map((node) => {
      const n = 100 + (next() % 901)
      return { unit: unit.code, node, value: `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}` }
    }),
  )
  return { period, dataset: parseDataset({ units, observations, period }) }
})

describe('PCI-sized panel: 63 units × 10 years', () => {
  bench('ten single-period evaluations (baseline)', () => {
    for (const { dataset } of panel) compiled.evaluate(dataset, { trace: false })
  })
  bench('scorePanel + changes between consecutive years', () => {
    const result = scorePanel(panel, () => compiled, { trace: false })
    for (let i = 1; i < result.periods.length; i++) periodChanges(result.periods[i - 1]!, result.periods[i]!)
  })
})

// `pnpm bench`: the exact engine against a plain float64 kernel of the same computation, measured in the same
// run, so the report is a ratio (how much exactness costs), not a timing that depends on the machine.
// Sizes: a PAR-INDEX-sized problem (63 provinces × 88 sub-criteria in 8 areas) and a commune-sized one
// (1000 units × 100 leaves). Data are generated deterministically; nothing here is an official figure.
import { bench, describe } from 'vitest'
import { createEngine, parseDataset } from '../src/index.js'

function problem(units: number, areas: number, leavesPerArea: number) {
  const tree = Array.from({ length: areas }, (_, a) => ({
    code: `${a + 1}`,
    title: `Area ${a + 1}`,
    max: String(leavesPerArea),
    children: Array.from({ length: leavesPerArea }, (_, l) => ({
      code: `${a + 1}.${l + 1}`,
      title: `Leaf ${a + 1}.${l + 1}`,
      max: '1',
      rule: { use: 'chiso/points' },
    })),
  }))
  const methodology = { id: 'bench', version: '1.0.0', title: 'Benchmark', result: { type: 'points' }, tree }
  const observations: Array<{ unit: string; node: string; value: string }> = []
  const floats: number[][] = []
  for (let u = 0; u < units; u++) {
    const row: number[] = []
    for (let a = 1; a <= areas; a++) {
      for (let l = 1; l <= leavesPerArea; l++) {
        const hundredths = (u * 37 + a * 11 + l * 7) % 101
        observations.push({ unit: `u${u}`, node: `${a}.${l}`, value: String(hundredths / 100) })
        row.push(hundredths / 100)
      }
    }
    floats.push(row)
  }
  const dataset = parseDataset({
    units: Array.from({ length: units }, (_, u) => ({ code: `u${u}` })),
    observations,
  })
  return { compiled: createEngine().compile(methodology), dataset, floats, areas, leavesPerArea }
}

/** The same computation in float64: area sums, total, index, competition ranks. */
function floatKernel({ floats, areas, leavesPerArea }: ReturnType<typeof problem>): number[] {
  const totals = floats.map((row) => {
    let total = 0
    for (let a = 0; a < areas; a++) {
      let area = 0
      for (let l = 0; l < leavesPerArea; l++) area += row[a * leavesPerArea + l]!
      total += area
    }
    return (total / (areas * leavesPerArea)) * 100
  })
  const sorted = [...totals].sort((x, y) => y - x)
  return totals.map((total) => sorted.indexOf(total) + 1)
}

const sizes: Array<[label: string, units: number, areas: number, leavesPerArea: number]> = [
  ['63 units × 88 leaves (PAR INDEX size)', 63, 8, 11],
  ['1000 units × 100 leaves', 1000, 10, 10],
]
for (const [label, units, areas, leavesPerArea] of sizes) {
  const input = problem(units, areas, leavesPerArea)
  describe(label, () => {
    bench('float64 kernel (baseline)', () => {
      floatKernel(input)
    })
    bench('exact engine, no trace', () => {
      input.compiled.evaluate(input.dataset, { trace: false })
    })
    bench('exact engine, with trace', () => {
      input.compiled.evaluate(input.dataset, { trace: true })
    })
  })
}

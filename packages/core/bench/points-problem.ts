// A generated additive points problem (areas of leaves worth 1 point each, hundredths as data) and a plain
// float64 kernel of the same computation: the baseline the benchmarks report ratios against. Nothing here is an
// official figure.
import { createEngine, parseDataset } from '../src/index.js'

/** An additive points tree of `areas` × `leavesPerArea` leaves (max 1 each) and generated data. */
export function problem(units: number, areas: number, leavesPerArea: number) {
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
export function floatKernel({ floats, areas, leavesPerArea }: ReturnType<typeof problem>): number[] {
  const totals = floats.map((row) => {
    let total = 0
    for (let a = 0; a < areas; a++) {
      let area = 0
      for (let l = 0; l < leavesPerArea; l++) area += row[a * leavesPerArea + l]!
      total += area
    }
    return (total / (areas * leavesPerArea)) * 100
  })
  // Competition ranks in O(n log n): sort the units by total, then give ties the first position of their run.
  const order = Array.from(totals.keys()).sort((x, y) => totals[y]! - totals[x]!)
  const ranks = new Array<number>(totals.length)
  order.forEach((unit, position) => {
    const previous = order[position - 1]
    ranks[unit] =
      previous !== undefined && totals[previous] === totals[unit] ? ranks[previous]! : position + 1
  })
  return ranks
}

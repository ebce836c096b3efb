// The COINr ASEM example as a chiso problem: 51 countries × 49 indicators, each rescaled by min-max (0–100,
// direction applied), then weighted arithmetic means at 3 levels (8 pillars → 2 sub-indices → the index).
// Denomination and imputation, which COINr's full pipeline adds, are left out: missing values are skipped.
// The same computation is also written as a plain float64 kernel, the baseline of the benchmark.

import dataCsv from '@chiso/test-support/fixtures/coinr-asem/asem_iData.csv?raw'
import metaCsv from '@chiso/test-support/fixtures/coinr-asem/asem_iMeta.csv?raw'
import { createEngine, dec, parseDataset, toDecimalString } from '../src/index.js'

/** Splits CSV text (quoted fields may hold commas) into rows of cells. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue
    const cells: string[] = []
    let cell = ''
    let quoted = false
    for (const char of line) {
      if (char === '"') quoted = !quoted
      else if (char === ',' && !quoted) {
        cells.push(cell)
        cell = ''
      } else cell += char
    }
    cells.push(cell)
    rows.push(cells)
  }
  return rows
}

interface MetaRow {
  level: number
  code: string
  name: string
  direction: 1 | -1
  weight: string
  parent: string
}

/** The compiled methodology, the parsed dataset, and the same data as float columns for the kernel. */
export function asemProblem() {
  const [metaHeader, ...metaRows] = readCsv(metaCsv)
  const column = (name: string) => metaHeader!.indexOf(name)
  const meta: MetaRow[] = metaRows
    .filter((row) => row[column('Level')] !== '')
    .map((row) => ({
      level: Number(row[column('Level')]),
      code: row[column('iCode')]!,
      name: row[column('iName')]!,
      direction: row[column('Direction')] === '-1' ? -1 : 1,
      weight: row[column('Weight')]!,
      parent: row[column('Parent')]!,
    }))
  const indicators = meta.filter((row) => row.level === 1)

  type TreeNode = Record<string, unknown>
  const nodeOf = (row: MetaRow): TreeNode =>
    row.level === 1
      ? {
          code: row.code,
          title: row.name,
          weight: row.weight,
          ...(row.direction === -1 ? { direction: -1 } : {}),
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/min-max' },
        }
      : {
          code: row.code,
          title: row.name,
          weight: row.weight,
          children: meta.filter((child) => child.parent === row.code).map(nodeOf),
        }
  const top = meta.find((row) => row.level === 4)!
  const methodology = {
    id: 'coinr-asem',
    version: '1.0.0',
    title: 'COINr ASEM example (benchmark)',
    result: { type: 'composite' },
    missing: 'skip',
    tree: meta.filter((row) => row.parent === top.code).map(nodeOf),
  }

  const [dataHeader, ...dataRows] = readCsv(dataCsv)
  const units = dataRows.map((row) => ({ code: row[dataHeader!.indexOf('uCode')]!, name: row[0]! }))
  const observations: Array<{ unit: string; node: string; value: string }> = []
  // floats[indicator][unit]: NaN when missing.
  const floats = indicators.map(() => new Float64Array(units.length))
  indicators.forEach((indicator, i) => {
    const at = dataHeader!.indexOf(indicator.code)
    dataRows.forEach((row, u) => {
      const text = row[at]!
      floats[i]![u] = text === '' ? Number.NaN : Number(text)
      // R writes some values with an exponent (2e-06): the decimal string spells them out exactly.
      if (text !== '')
        observations.push({ unit: units[u]!.code, node: indicator.code, value: toDecimalString(dec(text)) })
    })
  })

  // The tree as index arrays for the float kernel: pillars over indicators, sub-indices over pillars.
  const pillars = meta.filter((row) => row.level === 2)
  const subIndices = meta.filter((row) => row.level === 3)
  const kernel = {
    directions: Float64Array.from(indicators, (row) => row.direction),
    weights: Float64Array.from(indicators, (row) => Number(row.weight)),
    pillarOf: indicators.map((row) => pillars.findIndex((pillar) => pillar.code === row.parent)),
    pillarWeights: Float64Array.from(pillars, (row) => Number(row.weight)),
    subIndexOf: pillars.map((row) => subIndices.findIndex((sub) => sub.code === row.parent)),
    subIndexWeights: Float64Array.from(subIndices, (row) => Number(row.weight)),
  }
  return {
    compiled: createEngine().compile(methodology),
    // Checked once and frozen, as the methodology is compiled once: a build does not go through the 2 500
    // observations again (see parseDataset's `freeze`).
    dataset: parseDataset({ units, observations }, { freeze: true }),
    floats,
    kernel,
    sizes: {
      units: units.length,
      indicators: indicators.length,
      pillars: pillars.length,
      subIndices: subIndices.length,
    },
  }
}

/** The same computation in float64: min-max (0–100) per indicator, weighted means of what is present, ranks. */
export function asemFloatKernel({ floats, kernel, sizes }: ReturnType<typeof asemProblem>): Int32Array {
  const { units, pillars, subIndices } = sizes
  const pillarSum = new Float64Array(units * pillars)
  const pillarWeight = new Float64Array(units * pillars)
  floats.forEach((values, i) => {
    const direction = kernel.directions[i]!
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (let u = 0; u < units; u++) {
      const x = values[u]! * direction
      if (x < min) min = x
      if (x > max) max = x
    }
    const spread = max - min
    const pillar = kernel.pillarOf[i]!
    const weight = kernel.weights[i]!
    for (let u = 0; u < units; u++) {
      const x = values[u]! * direction
      if (Number.isNaN(x)) continue
      const scaled = spread === 0 ? 50 : ((x - min) / spread) * 100
      pillarSum[u * pillars + pillar]! += weight * scaled
      pillarWeight[u * pillars + pillar]! += weight
    }
  })
  const index = new Float64Array(units)
  for (let u = 0; u < units; u++) {
    const subSum = new Float64Array(subIndices)
    const subWeight = new Float64Array(subIndices)
    for (let p = 0; p < pillars; p++) {
      const w = pillarWeight[u * pillars + p]!
      if (w === 0) continue
      const sub = kernel.subIndexOf[p]!
      subSum[sub]! += kernel.pillarWeights[p]! * (pillarSum[u * pillars + p]! / w)
      subWeight[sub]! += kernel.pillarWeights[p]!
    }
    let total = 0
    let weight = 0
    for (let s = 0; s < subIndices; s++) {
      if (subWeight[s] === 0) continue
      total += kernel.subIndexWeights[s]! * (subSum[s]! / subWeight[s]!)
      weight += kernel.subIndexWeights[s]!
    }
    index[u] = total / weight
  }
  const order = Array.from(index.keys()).sort((a, b) => index[b]! - index[a]!)
  const ranks = new Int32Array(units)
  order.forEach((unit, position) => {
    ranks[unit] =
      position > 0 && index[order[position - 1]!] === index[unit]
        ? ranks[order[position - 1]!]!
        : position + 1
  })
  return ranks
}

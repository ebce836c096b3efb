// COINr's whole example pipeline on the ASEM data as a chiso problem (build_example_coin: denominate by iMeta's
// Denominator, impute by the EurAsia_group mean, screen at 90 % data availability, treat with COINr's default
// winsorise-then-log, min-max to 0–100 with direction, weighted means at 3 levels), and the same six steps as a
// plain float64 kernel, the baseline of the benchmark.
import dataCsv from '@chiso/test-support/fixtures/coinr-asem/asem_iData.csv?raw'
import metaCsv from '@chiso/test-support/fixtures/coinr-asem/asem_iMeta.csv?raw'
import { createEngine, dec, parseDataset, toDecimalString } from '../src/index.js'
import { readCsv } from './asem-problem.js'

interface MetaRow {
  level: number
  code: string
  name: string
  direction: 1 | -1
  weight: string
  parent: string
  denominator: string
}

/** The compiled six-step methodology, the dataset (groups, denominators) and the kernel's float columns. */
export function asemPipelineProblem() {
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
      denominator: row[column('Denominator')] ?? '',
    }))
  const indicators = meta.filter((row) => row.level === 1)
  const denominators = [...new Set(indicators.map((row) => row.denominator).filter((code) => code !== ''))]
  type TreeNode = Record<string, unknown>
  const nodeOf = (row: MetaRow): TreeNode =>
    row.level === 1
      ? {
          code: row.code,
          title: row.name,
          weight: row.weight,
          ...(row.direction === -1 ? { direction: -1 } : {}),
          rule: { use: 'chiso/value' },
          ...(row.denominator === '' ? {} : { denominate: { by: row.denominator } }),
          impute: { use: 'chiso/impute-mean', with: { by: 'group' } },
          treat: { use: 'chiso/skew-kurtosis', with: { maxPoints: 5 } },
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
    id: 'coinr-asem-pipeline',
    version: '1.0.0',
    title: 'COINr ASEM example, whole pipeline (benchmark)',
    result: { type: 'composite' },
    missing: 'skip',
    columns: denominators.map((code) => ({ code })),
    screen: { minShare: '0.9' },
    tree: meta.filter((row) => row.parent === top.code).map(nodeOf),
  }

  const [dataHeader, ...dataRows] = readCsv(dataCsv)
  const at = (name: string) => dataHeader!.indexOf(name)
  const units = dataRows.map((row) => ({
    code: row[at('uCode')]!,
    name: row[0]!,
    group: row[at('EurAsia_group')]!,
  }))
  const observations: Array<{ unit: string; node: string; value: string }> = []
  const read = (code: string) =>
    Float64Array.from(dataRows, (row) => (row[at(code)] === '' ? Number.NaN : Number(row[at(code)])))
  for (const code of [...indicators.map((row) => row.code), ...denominators]) {
    dataRows.forEach((row, u) => {
      const text = row[at(code)]!
      if (text !== '')
        observations.push({ unit: units[u]!.code, node: code, value: toDecimalString(dec(text)) })
    })
  }
  const pillars = meta.filter((row) => row.level === 2)
  const subIndices = meta.filter((row) => row.level === 3)
  return {
    compiled: createEngine().compile(methodology),
    // Checked once and frozen, as in asem-problem.ts: a build does not validate the observations again.
    dataset: parseDataset({ units, observations }, { freeze: true }),
    floats: indicators.map((row) => read(row.code)),
    denominatorFloats: indicators.map((row) => (row.denominator === '' ? null : read(row.denominator))),
    groups: units.map((unit) => unit.group),
    kernel: {
      directions: Float64Array.from(indicators, (row) => row.direction),
      weights: Float64Array.from(indicators, (row) => Number(row.weight)),
      pillarOf: indicators.map((row) => pillars.findIndex((pillar) => pillar.code === row.parent)),
      pillarWeights: Float64Array.from(pillars, (row) => Number(row.weight)),
      subIndexOf: pillars.map((row) => subIndices.findIndex((sub) => sub.code === row.parent)),
      subIndexWeights: Float64Array.from(subIndices, (row) => Number(row.weight)),
    },
    sizes: { units: units.length, pillars: pillars.length, subIndices: subIndices.length },
  }
}

function skewKurt(x: ArrayLike<number>): { skew: number; kurt: number } {
  let n = 0
  let sum = 0
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!)) continue
    n++
    sum += x[i]!
  }
  const mean = sum / n
  let s2 = 0
  let s3 = 0
  let s4 = 0
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!)) continue
    const d = x[i]! - mean
    s2 += d * d
    s3 += d * d * d
    s4 += d * d * d * d
  }
  const skew = ((Math.sqrt(n) * s3) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2))
  const r = (n * s4) / (s2 * s2)
  return { skew, kurt: (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3)) }
}
const passes = (x: ArrayLike<number>) => {
  const { skew, kurt } = skewKurt(x)
  return Math.abs(skew) < 2 || kurt < 3.5
}

/** COINr's Treat defaults in float64: winsorise up to 5 points while skewed, else log_CT of the original. */
function treatColumn(x: Float64Array): Float64Array {
  if (passes(x)) return x
  const w = x.slice()
  let high: number[] = []
  let low: number[] = []
  while (!passes(w) && high.length + low.length < 5) {
    const upper = skewKurt(w).skew >= 0
    let extreme = upper ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
    for (const v of w) if (!Number.isNaN(v) && (upper ? v > extreme : v < extreme)) extreme = v
    let next = upper ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
    for (const v of w) if (!Number.isNaN(v) && v !== extreme && (upper ? v > next : v < next)) next = v
    const at: number[] = []
    w.forEach((v, i) => {
      if (v !== extreme) return
      at.push(i)
      w[i] = next
    })
    if (upper) high = at
    else low = at
  }
  if (passes(w)) return w
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const v of x) {
    if (Number.isNaN(v)) continue
    min = Math.min(min, v)
    max = Math.max(max, v)
  }
  return x.map((v) => Math.log(v - min + 0.01 * (max - min)))
}

/** The six steps in float64; returns the ranks (competition, 1 = best). */
export function asemPipelineFloatKernel(problem: ReturnType<typeof asemPipelineProblem>): Int32Array {
  const { floats, denominatorFloats, groups, kernel, sizes } = problem
  const { units, pillars, subIndices } = sizes
  // Denominate, then impute by group mean.
  const prepared = floats.map((raw, i) => {
    const denominator = denominatorFloats[i]
    const x = denominator ? raw.map((v, u) => v / denominator[u]!) : raw.slice()
    const sums = new Map<string, [number, number]>()
    x.forEach((v, u) => {
      if (Number.isNaN(v)) return
      const entry = sums.get(groups[u]!) ?? [0, 0]
      sums.set(groups[u]!, [entry[0] + v, entry[1] + 1])
    })
    return x.map((v, u) => {
      if (!Number.isNaN(v)) return v
      const entry = sums.get(groups[u]!)
      return entry ? entry[0] / entry[1] : Number.NaN
    })
  })
  // Screen at 90 % data availability.
  const kept = new Uint8Array(units)
  for (let u = 0; u < units; u++) {
    let present = 0
    for (const x of prepared) if (!Number.isNaN(x[u]!)) present++
    kept[u] = present / prepared.length >= 0.9 ? 1 : 0
  }
  const pillarSum = new Float64Array(units * pillars)
  const pillarWeight = new Float64Array(units * pillars)
  prepared.forEach((column, i) => {
    const treated = treatColumn(column.map((v, u) => (kept[u] ? v : Number.NaN)))
    const direction = kernel.directions[i]!
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (const v of treated) {
      const x = v * direction
      if (x < min) min = x
      if (x > max) max = x
    }
    const pillar = kernel.pillarOf[i]!
    for (let u = 0; u < units; u++) {
      const x = treated[u]! * direction
      if (Number.isNaN(x)) continue
      pillarSum[u * pillars + pillar]! += kernel.weights[i]! * (((x - min) / (max - min)) * 100)
      pillarWeight[u * pillars + pillar]! += kernel.weights[i]!
    }
  })
  const index = new Float64Array(units).fill(Number.NaN)
  for (let u = 0; u < units; u++) {
    if (!kept[u]) continue
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
  const order = Array.from(index.keys())
    .filter((u) => !Number.isNaN(index[u]!))
    .sort((a, b) => index[b]! - index[a]!)
  const ranks = new Int32Array(units)
  order.forEach((unit, position) => {
    ranks[unit] =
      position > 0 && index[order[position - 1]!] === index[unit]
        ? ranks[order[position - 1]!]!
        : position + 1
  })
  return ranks
}

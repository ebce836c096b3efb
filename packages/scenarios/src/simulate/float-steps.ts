// Float64 versions of the built-in normalisers, for the simulation kernel only (aggregators run column by
// column: column-aggregators.ts). Official scores never go through here: the exact engine computes them in
// decimals. NaN marks "no value".

/** A float64 normaliser: rescales one column in place (NaN stays NaN). */
export type FloatNormaliser = (values: Float64Array, direction: 1 | -1) => void

const num = (text: unknown, fallback: number): number => (text === undefined ? fallback : Number(text))

function orient(values: Float64Array, direction: 1 | -1): void {
  if (direction === -1) for (let i = 0; i < values.length; i++) values[i] = -values[i]!
}

function ranksOf(values: Float64Array, ties: 'average' | 'min' | 'max'): void {
  const order: number[] = []
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) order.push(i)
  order.sort((a, b) => values[a]! - values[b]!)
  const out = new Float64Array(values.length).fill(Number.NaN)
  let start = 0
  while (start < order.length) {
    let end = start
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++
    const rank = ties === 'min' ? start + 1 : ties === 'max' ? end + 1 : (start + end + 2) / 2
    for (let k = start; k <= end; k++) out[order[k]!] = rank
    start = end + 1
  }
  values.set(out)
}

/** The float64 normaliser of a built-in id with its options, or `null` when it has none. */
export function floatNormaliser(id: string, options: Record<string, unknown> = {}): FloatNormaliser | null {
  switch (id) {
    case 'chiso/min-max': {
      const l = num(options.l, 0)
      const u = num(options.u, 100)
      const fallback =
        options.whenNoSpread === 'upper' ? u : options.whenNoSpread === 'lower' ? l : (l + u) / 2
      return (values, direction) => {
        orient(values, direction)
        let min = Number.POSITIVE_INFINITY
        let max = Number.NEGATIVE_INFINITY
        for (const v of values)
          if (!Number.isNaN(v)) {
            if (v < min) min = v
            if (v > max) max = v
          }
        const spread = max - min
        for (let i = 0; i < values.length; i++) {
          const v = values[i]!
          if (Number.isNaN(v)) continue
          values[i] = spread === 0 ? fallback : Math.min(u, Math.max(l, ((v - min) * (u - l)) / spread + l))
        }
      }
    }
    case 'chiso/z-score': {
      const target = num(options.mean, 0)
      const sd = num(options.sd, 1)
      const sample = options.sample !== false
      return (values, direction) => {
        orient(values, direction)
        let n = 0
        let total = 0
        for (const v of values)
          if (!Number.isNaN(v)) {
            n++
            total += v
          }
        if (n === 0) return
        const mu = total / n
        let squares = 0
        for (const v of values) if (!Number.isNaN(v)) squares += (v - mu) ** 2
        const divisor = sample ? n - 1 : n
        const sigma = divisor === 0 ? 0 : Math.sqrt(squares / divisor)
        for (let i = 0; i < values.length; i++) {
          if (Number.isNaN(values[i]!)) continue
          values[i] = sigma === 0 ? target : ((values[i]! - mu) * sd) / sigma + target
        }
      }
    }
    case 'chiso/rank': {
      const ties = (options.ties as 'average' | 'min' | 'max' | undefined) ?? 'min'
      return (values, direction) => {
        orient(values, direction)
        ranksOf(values, ties)
      }
    }
    case 'chiso/oriented':
      return (values, direction) => orient(values, direction)
    case 'chiso/borda': {
      const ties = (options.ties as 'average' | 'min' | 'max' | undefined) ?? 'min'
      return (values, direction) => {
        orient(values, direction)
        ranksOf(values, ties)
        for (let i = 0; i < values.length; i++) values[i] = values[i]! - 1
      }
    }
    case 'chiso/fraction-of-max': {
      const scale = num(options.scale, 1)
      return (values, direction) => {
        orient(values, direction)
        let max = Number.NEGATIVE_INFINITY
        for (const v of values) if (!Number.isNaN(v) && v > max) max = v
        for (let i = 0; i < values.length; i++)
          if (!Number.isNaN(values[i]!)) values[i] = max === 0 ? Number.NaN : (values[i]! * scale) / max
      }
    }
    case 'chiso/percentile-rank': {
      const scale = num(options.scale, 100)
      const ties = (options.ties as 'average' | 'min' | 'max' | undefined) ?? 'min'
      return (values, direction) => {
        orient(values, direction)
        ranksOf(values, ties)
        let n = 0
        for (const v of values) if (!Number.isNaN(v)) n++
        for (let i = 0; i < values.length; i++) {
          if (Number.isNaN(values[i]!)) continue
          values[i] = n === 1 ? scale : ((values[i]! - 1) * scale) / (n - 1)
        }
      }
    }
    case 'chiso/goalposts': {
      const lower = num(options.lower, 0)
      const upper = num(options.upper, 1)
      const scale = num(options.scale, 100)
      const truncate = options.truncate !== false
      return (values, direction) => {
        for (let i = 0; i < values.length; i++) {
          const v = values[i]!
          if (Number.isNaN(v)) continue
          const scaled = ((direction === 1 ? v - lower : upper - v) * scale) / (upper - lower)
          values[i] = truncate ? Math.min(scale, Math.max(0, scaled)) : scaled
        }
      }
    }
    case 'chiso/distance-to-target': {
      const scale = num(options.scale, 100)
      const cap = options.cap !== false
      return (values, direction) => {
        orient(values, direction)
        let min = Number.POSITIVE_INFINITY
        for (const v of values) if (!Number.isNaN(v) && v < min) min = v
        const span = num(options.target, 0) * direction - min
        for (let i = 0; i < values.length; i++) {
          const v = values[i]!
          if (Number.isNaN(v)) continue
          const scaled = span <= 0 ? scale : ((v - min) * scale) / span
          values[i] = cap && scaled > scale ? scale : scaled
        }
      }
    }
    default:
      return null
  }
}

/** Rounds like the methodology's rounding modes (float64: good for simulations, not for official scores). */
export function roundFloat(
  value: number,
  decimals: number,
  mode: 'half-up' | 'half-even' | 'down' | 'up',
): number {
  const factor = 10 ** decimals
  // A relative nudge absorbs binary representation error (2.675 is stored as 2.67499…).
  const x = value * factor
  const nudged = x + Math.sign(x) * Math.abs(x) * 1e-12
  switch (mode) {
    case 'half-up':
      return (Math.sign(nudged) * Math.floor(Math.abs(nudged) + 0.5)) / factor
    case 'half-even': {
      const floor = Math.floor(nudged)
      const diff = nudged - floor
      const even = Math.abs(diff - 0.5) < 1e-9 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(nudged)
      return even / factor
    }
    case 'down':
      return Math.trunc(x + Math.sign(x) * 1e-9) / factor
    case 'up':
      return (Math.sign(x) * Math.ceil(Math.abs(x) - 1e-9)) / factor
  }
}

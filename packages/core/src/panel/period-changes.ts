import { type Dec, dec, toDecimalString } from '../decimal/decimal.js'
import { type BandThreshold, bandOf } from '../engine/bands.js'
import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { Scorecard, UnitResult } from '../schema/scorecard.js'
import { mapUnit } from '../units/map-unit.js'
import type { UnitRegistry } from '../units/registry-schema.js'
import { recordIn } from './registry-coverage.js'

/**
 * Where the earlier figure of a unit comes from: the unit itself (`same`), its former name (`renamed`), the
 * weighted mean of the units merged into it (`merged`, with the `weight` used), the unit it was split from
 * (`split`), nothing because the registry says it was formed without predecessors (`new`), or nothing because
 * the earlier data does not have it (`absent`). `absent` lists predecessors without a result.
 *
 * @example
 * ```ts
 * const basis: ChangeBasis = { kind: 'merged', from: ['ha-giang', 'tuyen-quang'], weight: 'equal' }
 * ```
 *
 * @category Panels
 */
export interface ChangeBasis {
  kind: 'same' | 'renamed' | 'merged' | 'split' | 'new' | 'absent'
  from: string[]
  weight?: string
  absent?: string[]
}

/**
 * A unit's standing in one period: index (unrounded decimal string), rank and band.
 *
 * @example
 * ```ts
 * const standing: UnitStanding = { index: '85.78', rank: 29, band: 'B' }
 * ```
 *
 * @category Panels
 */
export interface UnitStanding {
  index: string | null
  rank: number | null
  band: string | null
}

/**
 * The change of one unit (of the later period) between two periods: its standing then (as the basis says it
 * was formed) and now, the index change (exact), the rank change (positive = rose) and the band change
 * (`B → A`, `null` when the same).
 *
 * @example
 * ```ts
 * const change: UnitChange = {
 *   unit: 'lang-chanh', basis: { kind: 'same', from: ['lang-chanh'] },
 *   from: { index: '70.1', rank: 25, band: 'C' }, to: { index: '80.6', rank: 12, band: 'B' },
 *   indexChange: '10.5', rankChange: 13, bandChange: 'C → B',
 * }
 * ```
 *
 * @category Panels
 */
export interface UnitChange {
  unit: string
  name?: string
  basis: ChangeBasis
  from: UnitStanding | null
  to: UnitStanding
  indexChange: string | null
  rankChange: number | null
  bandChange: string | null
}

/**
 * A unit of the earlier period that no unit of the later one continues: `abolished` (the registry says so) or
 * `missing` (it should still exist, but the later data does not have it).
 *
 * @example
 * ```ts
 * const ended: EndedUnit = { unit: 'huyen-x', kind: 'abolished', on: '2025-07-01' }
 * ```
 *
 * @category Panels
 */
export interface EndedUnit {
  unit: string
  name?: string
  kind: 'abolished' | 'missing'
  /** The day of the abolition. */
  on?: string
}

/**
 * The changes between two periods: per unit of the later period, and the units that ended. `ranks` says whether
 * earlier ranks are the published ones (`published`: the same units on both sides) or ranks of the earlier
 * figures among the later units (`re-ranked`: after a reorganisation).
 *
 * @example
 * ```ts
 * const comparison: PeriodComparison = periodChanges(
 *   { period: '2022', scorecard: a }, { period: '2023', scorecard: b },
 * )
 * comparison.units[0]?.rankChange // 3
 * ```
 *
 * @category Panels
 */
export interface PeriodComparison {
  from: string
  to: string
  /** The weight merged units were combined with: `equal` or a registry weight (`population`). */
  weight: string
  ranks: 'published' | 're-ranked'
  units: UnitChange[]
  ended: EndedUnit[]
}

/**
 * Options of {@link periodChanges}: the registry (unit lineage), the weight for merged units (a key of the
 * registry's `weights`, default equal weights) and the earlier methodology's bands (for a merged unit's band).
 *
 * @example
 * ```ts
 * const options: PeriodChangeOptions = { registry, weight: 'population', bands: [{ code: 'A', atLeast: '90' }] }
 * ```
 *
 * @category Panels
 */
export interface PeriodChangeOptions {
  registry?: UnitRegistry
  weight?: string
  bands?: ReadonlyArray<BandThreshold>
}

/**
 * Compares two scored periods unit by unit. Without a registry units are matched by code; a unit only in
 * the later period is `absent` before, one only in the earlier is `missing` — never dropped. With a registry
 * (periods must be years or days), each later unit is traced back with `mapUnit`: a renamed unit is compared
 * with its former self, a merged unit with the weighted mean of its predecessors' indexes (the weight is
 * named in the result; predecessors without a result are listed and left out of the mean), a split unit with
 * its parent, and units abolished in between are listed as such. The earlier ranks are then re-ranked among
 * the later units (competition ranks on the exact figures). Swapping the periods negates every change of a
 * unit present on both sides.
 *
 * @example
 * ```ts
 * const { units, ended } = periodChanges({ period: '2024', scorecard: a }, { period: '2026', scorecard: b }, { registry })
 * units.find((u) => u.unit === 'tinh-ab')?.basis // { kind: 'merged', from: ['tinh-a', 'tinh-b'], weight: 'equal' }
 * ended // [{ unit: 'huyen-x', kind: 'abolished', on: '2025-07-01' }]
 * ```
 *
 * @category Panels
 */
export function periodChanges(
  earlier: { period: string; scorecard: Scorecard },
  later: { period: string; scorecard: Scorecard },
  options: PeriodChangeOptions = {},
): PeriodComparison {
  const { registry } = options
  const weight = options.weight ?? 'equal'
  const before = new Map(earlier.scorecard.units.map((unit) => [unit.unit, unit]))
  const bases = later.scorecard.units.map((unit) =>
    registry
      ? traceBack(registry, unit.unit, earlier.period, later.period, before, weight)
      : matchByCode(unit.unit, before),
  )
  const reRanked = bases.some((basis) => basis.kind !== 'same' && basis.kind !== 'absent')
  const figures = bases.map((basis) => figureOf(basis, before, weight, registry, earlier.period))
  const ranks = reRanked ? competitionRanks(figures) : undefined
  const units: UnitChange[] = later.scorecard.units.map((unit, i) => {
    const basis = bases[i] as ChangeBasis
    const figure = figures[i] ?? null
    const to = standing(unit)
    let from: UnitStanding | null = null
    if (basis.kind === 'same' || (basis.kind === 'renamed' && !reRanked)) {
      const previous = before.get(basis.from[0] as string) as UnitResult
      from = standing(previous)
    } else if (basis.kind !== 'new' && basis.kind !== 'absent') {
      const single = basis.from.length === 1 ? before.get(basis.from[0] as string) : undefined
      from = {
        index: figure === null ? null : toDecimalString(figure),
        rank: ranks?.[i] ?? null,
        band: single ? single.band : figure === null || !options.bands ? null : bandOf(figure, options.bands),
      }
    }
    if (from !== null && reRanked) from.rank = ranks?.[i] ?? null
    return {
      unit: unit.unit,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      basis,
      from,
      to,
      indexChange:
        from?.index == null || to.index === null
          ? null
          : toDecimalString(dec(to.index).minus(dec(from.index))),
      rankChange: from?.rank == null || to.rank === null ? null : from.rank - to.rank,
      bandChange: from === null || from.band === to.band ? null : `${from.band ?? '–'} → ${to.band ?? '–'}`,
    }
  })
  const represented = new Set(bases.flatMap((basis) => basis.from))
  const ended: EndedUnit[] = []
  for (const unit of earlier.scorecard.units) {
    if (represented.has(unit.unit)) continue
    const name = unit.name === undefined ? {} : { name: unit.name }
    if (registry) {
      const forward = mapUnit(registry, unit.unit, earlier.period, later.period)
      const abolition = forward.events.find((event) => event.kind === 'abolished')
      if (forward.codes.length === 0 && abolition) {
        ended.push({ unit: unit.unit, ...name, kind: 'abolished', on: abolition.date })
        continue
      }
    }
    ended.push({ unit: unit.unit, ...name, kind: 'missing' })
  }
  return {
    from: earlier.period,
    to: later.period,
    weight,
    ranks: reRanked ? 're-ranked' : 'published',
    units,
    ended,
  }
}

function standing(unit: UnitResult): UnitStanding {
  return { index: unit.index, rank: unit.rank, band: unit.band }
}

function matchByCode(code: string, before: ReadonlyMap<string, UnitResult>): ChangeBasis {
  return before.has(code) ? { kind: 'same', from: [code] } : { kind: 'absent', from: [] }
}

function traceBack(
  registry: UnitRegistry,
  code: string,
  from: string,
  to: string,
  before: ReadonlyMap<string, UnitResult>,
  weight: string,
): ChangeBasis {
  const mapped = mapUnit(registry, code, to, from)
  if (mapped.events.length === 0) return matchByCode(code, before)
  const present = mapped.codes.filter((c) => before.has(c))
  const absent = mapped.codes.filter((c) => !before.has(c))
  const gaps = absent.length > 0 ? { absent } : {}
  if (mapped.codes.length === 0) return { kind: 'new', from: [] }
  if (present.length === 0) return { kind: 'absent', from: [], ...gaps }
  if (mapped.codes.length > 1) return { kind: 'merged', from: present, weight, ...gaps }
  const kinds = new Set(mapped.events.map((event) => event.kind))
  if (kinds.has('split')) return { kind: 'split', from: present }
  if (kinds.size === 1 && kinds.has('renamed')) return { kind: 'renamed', from: present }
  // A merge the unit continued through (it absorbed others that are not in the data): its own figure.
  return { kind: mapped.codes[0] === code ? 'same' : 'renamed', from: present }
}

function figureOf(
  basis: ChangeBasis,
  before: ReadonlyMap<string, UnitResult>,
  weight: string,
  registry: UnitRegistry | undefined,
  period: string,
): Dec | null {
  const indexes = basis.from
    .map((code) => ({ code, index: before.get(code)?.index ?? null }))
    .filter((entry): entry is { code: string; index: string } => entry.index !== null)
  if (indexes.length === 0) return null
  if (basis.kind !== 'merged') return dec(indexes[0]!.index)
  let total = dec(0)
  let sum = dec(0)
  for (const { code, index } of indexes) {
    let w = dec(1)
    if (weight !== 'equal') {
      const record = registry ? recordIn(registry, code, period) : undefined
      const value = record?.weights?.[weight]
      if (value === undefined) {
        throw new ChisoError(
          ERROR_CODES.INVALID_UNIT_REGISTRY,
          `the registry gives "${code}" no weight "${weight}" in ${period}`,
          {
            issues: [
              {
                path: record && registry ? ['units', registry.units.indexOf(record), 'weights'] : ['units'],
                message: `"${code}" has no weight "${weight}": it is merged in the comparison and must be weighed`,
              },
            ],
            hint: `add weights: { ${weight}: "…" } to every merged unit, or compare with equal weights`,
          },
        )
      }
      w = dec(value)
    }
    total = total.plus(w)
    sum = sum.plus(w.times(dec(index)))
  }
  return total.isZero() ? null : sum.div(total)
}

/** Competition ranks (1224) of exact figures, highest first; `null` figures get no rank. */
function competitionRanks(figures: ReadonlyArray<Dec | null>): Array<number | null> {
  const order = figures
    .map((figure, i) => ({ figure, i }))
    .filter((entry): entry is { figure: Dec; i: number } => entry.figure !== null)
    .sort((a, b) => b.figure.comparedTo(a.figure) || a.i - b.i)
  const ranks: Array<number | null> = figures.map(() => null)
  order.forEach((entry, position) => {
    const previous = order[position - 1]
    ranks[entry.i] = previous?.figure.eq(entry.figure) ? (ranks[previous.i] as number) : position + 1
  })
  return ranks
}

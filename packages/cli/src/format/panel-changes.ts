import { dec, formatFixed, type MissingUnit, type PeriodComparison } from '@chiso/core'
import { PANEL_MESSAGES as LABELS } from '../messages/panel.js'
import { RANKING_MESSAGES } from '../messages/ranking.js'
import type { Stylist } from './style.js'
import { renderTable } from './table.js'

/**
 * The changes of a panel as one table of text cells (for CSV, XLSX and the text output): per comparison and
 * unit, the periods, the basis of the earlier figure (and the weight of a merged one), index, rank and band
 * on both sides and the changes. Rank change is positive when the unit rose.
 *
 * @example
 * ```ts
 * changeRows([comparison]).header.slice(0, 4) // ['from', 'to', 'unit', 'name']
 * ```
 */
export function changeRows(comparisons: ReadonlyArray<PeriodComparison>): {
  header: string[]
  rows: string[][]
} {
  const header = [
    'from',
    'to',
    'unit',
    'name',
    'basis',
    'from_units',
    'weight',
    'ranks',
    'index_from',
    'index_to',
    'index_change',
    'rank_from',
    'rank_to',
    'rank_change',
    'band_from',
    'band_to',
  ]
  const rows: string[][] = []
  for (const comparison of comparisons) {
    for (const change of comparison.units) {
      rows.push([
        comparison.from,
        comparison.to,
        change.unit,
        change.name ?? '',
        change.basis.kind,
        [...change.basis.from, ...(change.basis.absent ?? []).map((code) => `(${code}: no result)`)].join(
          ' ',
        ),
        change.basis.kind === 'merged' ? (change.basis.weight ?? comparison.weight) : '',
        comparison.ranks,
        change.from?.index ?? '',
        change.to.index ?? '',
        change.indexChange ?? '',
        change.from?.rank == null ? '' : String(change.from.rank),
        change.to.rank === null ? '' : String(change.to.rank),
        change.rankChange === null ? '' : String(change.rankChange),
        change.from?.band ?? '',
        change.to.band ?? '',
      ])
    }
    for (const ended of comparison.ended) {
      rows.push([
        comparison.from,
        comparison.to,
        ended.unit,
        ended.name ?? '',
        ended.kind,
        ended.on ?? '',
        '',
        comparison.ranks,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ])
    }
  }
  return { header, rows }
}

/**
 * The changes of a panel as text: one table per comparison (index, rank and band on both sides, the changes,
 * and how each earlier figure was formed), the units that ended, then the units missing from some period.
 *
 * @example
 * ```ts
 * formatPanelChanges([comparison], [], { language: 'en' })
 * // '== Changes 2022 → 2023 ==\nUnit  Name  Index 2022 …'
 * ```
 */
export function formatPanelChanges(
  comparisons: ReadonlyArray<PeriodComparison>,
  missing: ReadonlyArray<MissingUnit>,
  options: { style?: Stylist; language?: 'vi' | 'en' } = {},
): string {
  const text = LABELS[options.language ?? 'vi']
  const style = options.style ?? ((_s, t) => t)
  const out: string[] = []
  for (const c of comparisons) {
    out.push(style('bold', `== ${text.changes} ${c.from} → ${c.to} ==`))
    const sorted = [...c.units].sort(
      (a, b) =>
        (a.to.rank ?? Number.POSITIVE_INFINITY) - (b.to.rank ?? Number.POSITIVE_INFINITY) ||
        (a.unit < b.unit ? -1 : 1),
    )
    const rows = sorted.map((change) => {
      const kind = change.basis.kind
      const weight =
        kind === 'merged'
          ? ` (${text.weight}: ${change.basis.weight === 'equal' ? text.equal : change.basis.weight})`
          : ''
      const absent = change.basis.absent?.length ? ` [−${change.basis.absent.join(', ')}]` : ''
      const basis =
        kind === 'same'
          ? ''
          : `${text.basis[kind]}${change.basis.from.length ? ` ${change.basis.from.join(' + ')}` : ''}${weight}${absent}`
      return [
        change.unit,
        change.name ?? '',
        short(change.from?.index),
        short(change.to.index),
        signed(change.indexChange === null ? null : short(change.indexChange)),
        change.from?.rank == null ? '' : String(change.from.rank),
        change.to.rank === null ? '' : String(change.to.rank),
        change.rankChange === null ? '' : signed(String(change.rankChange)),
        change.from === null || (change.from.band ?? '') === (change.to.band ?? '')
          ? (change.to.band ?? '')
          : `${change.from.band ?? '–'}→${change.to.band ?? '–'}`,
        basis,
      ]
    })
    out.push(
      renderTable(
        [
          { header: 'Unit' },
          { header: 'Name' },
          { header: `Index ${c.from}`, align: 'right' },
          { header: `Index ${c.to}`, align: 'right' },
          { header: 'Δ', align: 'right' },
          { header: `Rank ${c.from}`, align: 'right' },
          { header: `Rank ${c.to}`, align: 'right' },
          { header: 'Δ', align: 'right' },
          { header: 'Band' },
          { header: '' },
        ],
        rows,
        { style },
      ).trimEnd(),
    )
    if (c.ranks === 're-ranked') out.push(`(${text.reRanked})`)
    for (const ended of c.ended)
      out.push(
        `${ended.unit}${ended.name ? ` (${ended.name})` : ''}: ${ended.kind === 'abolished' ? `${text.abolished} ${ended.on ?? ''}`.trim() : text.missing}`,
      )
    out.push('')
  }
  if (missing.length > 0) {
    out.push(style('bold', `== ${text.missingUnits} ==`))
    for (const gap of missing)
      out.push(
        `${gap.unit}${gap.name ? ` (${gap.name})` : ''}: ${gap.missingIn.join(', ')} (${gap.presentIn.join(', ')} ✓)`,
      )
    out.push('')
  }
  return `${out.join('\n')}`
}

/** An index shown rounded half-up to 2 decimals for reading (the JSON, CSV and XLSX outputs keep every digit). */
function short(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  return formatFixed(dec(value), 2, 'half-up')
}

function signed(value: string | null): string {
  if (value === null || value === '') return ''
  return value.startsWith('-') ? `−${value.slice(1)}` : /^0(\.0+)?$/.test(value) ? value : `+${value}`
}

/**
 * A period's ranking re-expressed for later units, as text: per later unit its earlier figure, the rank among
 * the later units, and how the figure was formed (its own, renamed, the mean of the merged units with the
 * weight, a parent's); predecessors without a result are named; units that ended are listed.
 *
 * @example
 * ```ts
 * formatReexpression(comparison, 'provinces-2025.registry.yaml', { language: 'en' })
 * // '== PCI 2021 for the units of 2025-07-01 ==\n…'
 * ```
 */
export function formatReexpression(
  comparison: PeriodComparison,
  registryFile: string,
  options: { style?: Stylist; language?: 'vi' | 'en' } = {},
): string {
  const style = options.style ?? ((_s, t) => t)
  const text = LABELS[options.language ?? 'vi']
  const ranking = RANKING_MESSAGES[options.language ?? 'vi']
  const rows = [...comparison.units]
    .sort(
      (a, b) =>
        (a.from?.rank ?? Number.POSITIVE_INFINITY) - (b.from?.rank ?? Number.POSITIVE_INFINITY) ||
        (a.unit < b.unit ? -1 : 1),
    )
    .map((change) => {
      const kind = change.basis.kind
      const formed =
        kind === 'same'
          ? text.itself
          : kind === 'merged'
            ? `${text.meanOf} ${change.basis.from.join(' + ')} (${text.weight}: ${change.basis.weight === 'equal' ? text.equal : change.basis.weight})`
            : `${text.basis[kind]} ${change.basis.from.join(' + ')}`.trim()
      const absent = change.basis.absent?.length
        ? `; ${text.noResultFor}: ${change.basis.absent.join(', ')}`
        : ''
      return [
        change.from?.rank == null ? '' : String(change.from.rank),
        change.unit,
        change.name ?? '',
        short(change.from?.index),
        change.from?.band ?? '',
        `${formed}${absent}`,
      ]
    })
  const title = `== ${text.reexpressed(comparison.from, comparison.to, registryFile)} ==`
  const lines = [
    style('bold', title),
    renderTable(
      [
        { header: ranking.rank, align: 'right' },
        { header: ranking.unit },
        { header: ranking.name },
        { header: ranking.index, align: 'right' },
        { header: ranking.band },
        { header: text.formedAs },
      ],
      rows,
      { style },
    ).trimEnd(),
    `(${text.reRanked})`,
  ]
  for (const ended of comparison.ended)
    lines.push(
      `${ended.unit}${ended.name ? ` (${ended.name})` : ''}: ${ended.kind === 'abolished' ? `${text.abolished} ${ended.on ?? ''}`.trim() : text.missing}`,
    )
  return `${lines.join('\n')}\n`
}

// Small formatting shared by the views: a unit's display name, a band, a missing value.
import {
  dec,
  formatFixed,
  type LocalizedText,
  localize,
  type Methodology,
  type Scorecard,
  type UnitResult,
} from '@chiso/core'
import type { StudioLanguage } from './messages.js'

/**
 * The name a unit is shown by: its name, else its code.
 *
 * @example
 * ```ts
 * unitLabel({ unit: 'dong-son', name: 'Huyện Đông Sơn' } as UnitResult) // 'Huyện Đông Sơn'
 * ```
 */
export function unitLabel(unit: Pick<UnitResult, 'unit' | 'name'>): string {
  return unit.name ?? unit.unit
}

/**
 * A unit of a scorecard by code.
 *
 * @example
 * ```ts
 * unitOf(scorecard, 'dong-son')?.rank // 12
 * ```
 */
export function unitOf(scorecard: Scorecard, code: string): UnitResult | undefined {
  return scorecard.units.find((unit) => unit.unit === code)
}

/**
 * A title in the page's language (Vietnamese falls back to English and back).
 *
 * @example
 * ```ts
 * titleIn({ vi: 'Chỉ số', en: 'Index' }, 'en') // 'Index'
 * ```
 */
export function titleIn(title: LocalizedText, language: StudioLanguage): string {
  return localize(title, language)
}

/**
 * A value or a dash.
 *
 * @example
 * ```ts
 * orDash(null) // '—'
 * ```
 */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value)
}

/**
 * A decimal as the methodology displays numbers (its `display.decimals` and `display.mode`), or a dash; the
 * exact value stays available to the page (a cell's title) — rounding only changes what is shown.
 *
 * @example
 * ```ts
 * shown('7.4642857142857', { decimals: 2, mode: 'half-up' }) // '7.46'
 * ```
 */
export function shown(value: string | null | undefined, display: Methodology['display']): string {
  if (value === null || value === undefined) return '—'
  return formatFixed(dec(value), display.decimals, display.mode)
}

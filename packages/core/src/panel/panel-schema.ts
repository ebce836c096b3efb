import * as z from 'zod'
import { ChisoError, type ChisoIssue, isChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { copyErrorReason } from '../errors/error-reason.js'
import { throwZodError } from '../errors/from-zod.js'
import type { Dataset } from '../schema/dataset.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { parseDataset } from '../schema/parse.js'
import { comparePeriods } from './period-order.js'

/**
 * A panel file: one dataset per period (`period` is required in each), for scoring several years in one
 * run. The datasets keep their own format (units and observations); `synthetic` and `source` describe the
 * whole panel.
 *
 * @example
 * ```ts
 * PanelSchema.parse({ periods: [
 *   { period: '2022', units: [{ code: 'a' }], observations: [] },
 *   { period: '2023', units: [{ code: 'a' }], observations: [] },
 * ] }).periods.length // 2
 * ```
 *
 * @category Panels
 */
export const PanelSchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    title: z.string().optional(),
    /** True when the data is invented for illustration. */
    synthetic: z.boolean().optional(),
    /** Where the data comes from. */
    source: z.string().optional(),
    periods: z.array(z.unknown()).min(1),
  }),
)

/**
 * One period of a panel: its label (`2023`) and its dataset.
 *
 * @example
 * ```ts
 * const period: PanelPeriod = { period: '2023', dataset: { units: [{ code: 'a' }], observations: [] } }
 * ```
 *
 * @category Panels
 */
export interface PanelPeriod {
  period: string
  dataset: Dataset
}

/**
 * Tells whether a parsed document is a panel (an object with a `periods` array) rather than one dataset.
 *
 * @example
 * ```ts
 * isPanelDocument({ periods: [] })                 // true
 * isPanelDocument({ units: [], observations: [] }) // false
 * ```
 *
 * @category Panels
 */
export function isPanelDocument(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as { periods?: unknown }).periods)
  )
}

/**
 * Parses a panel document: each period's dataset is checked as {@link parseDataset} checks one (errors keep
 * their place, `periods[1].observations[4].value`), every period needs a `period` label and no label may appear
 * twice. The periods come back in time order (years numerically, other labels as text).
 *
 * @example
 * ```ts
 * parsePanel({ periods: [
 *   { period: '2023', units: [{ code: 'a' }], observations: [] },
 *   { period: '2022', units: [{ code: 'a' }], observations: [] },
 * ] }).map((p) => p.period) // ['2022', '2023']
 * ```
 *
 * @category Panels
 */
export function parsePanel(input: unknown): PanelPeriod[] {
  const parsed = PanelSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_PANEL, 'invalid panel', parsed.error)
  const issues: ChisoIssue[] = []
  const periods: PanelPeriod[] = []
  const seen = new Map<string, number>()
  parsed.data.periods.forEach((raw, index) => {
    // The label is checked first, so a period with bad data still claims its label.
    const label = typeof raw === 'object' && raw !== null ? (raw as { period?: unknown }).period : undefined
    if (typeof label !== 'string' || label.trim() === '') {
      issues.push({ path: ['periods', index, 'period'], message: 'each period of a panel needs a "period"' })
      return
    }
    const first = seen.get(label)
    if (first !== undefined) {
      issues.push({
        path: ['periods', index, 'period'],
        message: `the period "${label}" appears twice (first at periods[${first}])`,
      })
      return
    }
    seen.set(label, index)
    try {
      periods.push({ period: label, dataset: parseDataset(raw) })
    } catch (error) {
      if (!isChisoError(error)) throw error
      for (const issue of error.issues.length > 0 ? error.issues : [{ message: error.message }])
        issues.push(copyErrorReason(issue, { ...issue, path: ['periods', index, ...(issue.path ?? [])] }))
    }
  })
  if (issues.length > 0) {
    throw new ChisoError(ERROR_CODES.INVALID_PANEL, `invalid panel: ${issues.length} problem(s)`, { issues })
  }
  return sortPanel(periods)
}

/**
 * The periods of a panel in time order ({@link comparePeriods}).
 *
 * @example
 * ```ts
 * sortPanel([{ period: '2024', dataset }, { period: '2022', dataset }]).map((p) => p.period) // ['2022', '2024']
 * ```
 *
 * @category Panels
 */
export function sortPanel<T extends { period: string }>(periods: ReadonlyArray<T>): T[] {
  return [...periods].sort((a, b) => comparePeriods(a.period, b.period))
}

import {
  ChisoError,
  type ChisoIssue,
  DecimalStringSchema,
  dec,
  NodeCodeSchema,
  UnitSchema,
} from '@chiso/core'
import { z } from 'zod'

/** A decimal string, or a YAML number that converts exactly (as in methodologies). */
const Decimal = z.preprocess(
  (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value),
  DecimalStringSchema,
)

/** An answer as written in the spec: text, or a YAML number read back as its text. */
const Answer = z.preprocess(
  (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value),
  z.string().min(1),
)

/**
 * One survey item (a question): a numeric scale (`min`–`max`, e.g. a 1–5 Likert item) or a list of answer
 * codes, and optionally the labels a labelled export writes instead of the codes (`"Đồng ý": "4"`).
 */
const ItemSchema = z
  .strictObject({
    /** The column header of the item in the survey file (default: the item's key). */
    column: z.string().min(1).optional(),
    /** The question as asked (documentation; carried to the indicators it feeds). */
    question: z.union([z.string(), z.strictObject({ vi: z.string(), en: z.string() })]).optional(),
    /** Lowest and highest answer of a numeric item (both included). */
    min: Decimal.optional(),
    max: Decimal.optional(),
    /** The answer codes of a categorical item. */
    answers: z.array(Answer).min(1).optional(),
    /** Label text → answer (a code of `answers`, or a number within min–max), for labelled exports. */
    labels: z.record(z.string().min(1), Answer).optional(),
    /** Answers that mean "no answer" for this item (added to the spec's `noAnswer`). */
    noAnswer: z.array(Answer).optional(),
  })
  .superRefine((item, context) => {
    const numeric = item.min !== undefined || item.max !== undefined
    if (numeric && (item.min === undefined || item.max === undefined))
      context.addIssue({ code: 'custom', message: 'give both min and max for a numeric item' })
    if (numeric === (item.answers !== undefined))
      context.addIssue({
        code: 'custom',
        message: 'an item is either numeric (min and max) or categorical (answers), exactly one of them',
      })
    if (item.min !== undefined && item.max !== undefined && dec(item.min).gte(item.max))
      context.addIssue({ code: 'custom', path: ['max'], message: 'max must be greater than min' })
  })

/** One indicator: a statistic of one item's answers per unit. */
const IndicatorSchema = z
  .strictObject({
    /** The indicator's code: the leaf of the methodology it feeds. */
    code: NodeCodeSchema,
    /** The item (a key of `items`) whose answers it summarises. */
    item: z.string().min(1),
    /**
     * `share`: the weighted percentage (0–100) of the respondents who answered one of `count`;
     * `mean`: the weighted mean of a numeric item; `median`: its weighted median.
     */
    statistic: z.enum(['share', 'mean', 'median']),
    /** The answers that count for a share. */
    count: z.array(Answer).min(1).optional(),
    /** `1`: higher is better (default); `-1`: lower is better. Checked against a methodology's leaf. */
    direction: z.union([z.literal(1), z.literal(-1)]).default(1),
    /** The fewest respondents a unit needs for this indicator (default: the spec's `minimumSample`). */
    minimumSample: z.int().min(1).optional(),
  })
  .superRefine((indicator, context) => {
    if (indicator.statistic === 'share' && indicator.count === undefined)
      context.addIssue({ code: 'custom', path: ['count'], message: 'a share needs the answers that count' })
    if (indicator.statistic !== 'share' && indicator.count !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['count'],
        message: `count is for shares: a ${indicator.statistic} uses every answer`,
      })
  })

/** The z values of the two-sided intervals offered (40 significant digits). */
export const Z_VALUES = {
  '0.9': '1.644853626951472714863848907991632365050',
  '0.95': '1.959963984540054235524594430520551527955',
  '0.99': '2.575829303548900751576150224782155152330',
} as const

/**
 * A survey spec: how a respondent-level survey file (one row per respondent) becomes indicators per unit.
 * It is data, never code. Every indicator names an item, a statistic, the answers that count (shares), its
 * direction and the minimum sample a unit needs; below it the unit's indicator is missing, with a diagnostic.
 *
 * @example
 * ```ts
 * SurveySpecSchema.parse({
 *   unit: 'don_vi', weight: 'trong_so', minimumSample: 30,
 *   items: { q1: { min: '1', max: '5' }, q2: { answers: ['co', 'khong'] } },
 *   indicators: [
 *     { code: '1.1', item: 'q1', statistic: 'mean' },
 *     { code: '1.2', item: 'q2', statistic: 'share', count: ['co'] },
 *   ],
 * })
 * ```
 *
 * @category Survey
 */
export const SurveySpecSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  /** The column holding each respondent's unit code. */
  unit: z.string().min(1),
  /** The column holding each respondent's weight (a decimal ≥ 0); without it every weight is 1. */
  weight: z.string().min(1).optional(),
  /** A column identifying respondents (kept in messages only). */
  respondent: z.string().min(1).optional(),
  /** The units, in order, with names and groups; without it, the unit codes found, sorted. */
  units: z.array(UnitSchema).min(1).optional(),
  /** The fewest respondents a unit needs for an indicator (each indicator may ask for more or fewer). */
  minimumSample: z.int().min(1),
  /**
   * Round each estimate, standard error and interval bound to this many decimals (half up), as a survey
   * publishes them; without it they are kept to the engine's 40 significant digits.
   */
  decimals: z.int().min(0).max(20).optional(),
  /** The confidence level of the intervals: `0.9`, `0.95` (default) or `0.99`. */
  confidence: z.enum(['0.9', '0.95', '0.99']).default('0.95'),
  /** Answers that mean "no answer" in every item (an empty cell always does). */
  noAnswer: z.array(Answer).default([]),
  items: z.record(z.string().min(1), ItemSchema),
  indicators: z.array(IndicatorSchema).min(1),
})

/**
 * A parsed survey spec (defaults explicit).
 *
 * @example
 * ```ts
 * const spec: SurveySpec = parseSurveySpec(parse(readFileSync('survey.spec.yaml', 'utf8')))
 * spec.confidence // '0.95'
 * ```
 *
 * @category Survey
 */
export type SurveySpec = z.output<typeof SurveySpecSchema>

/**
 * Parses a survey spec and checks its references — every indicator's item exists, its counted answers are
 * answers of the item, means and medians use numeric items, codes and units are unique — or throws a
 * `ChisoError` (`INVALID_SURVEY_SPEC`) listing every problem with its JSON path.
 *
 * @example
 * ```ts
 * parseSurveySpec({ unit: 'u', minimumSample: 5, items: {}, indicators: [{ code: 'a', item: 'q9', statistic: 'mean' }] })
 * // throws: indicators[0].item: no item "q9" in items (the items are none)
 * ```
 *
 * @category Survey
 */
export function parseSurveySpec(input: unknown): SurveySpec {
  const result = SurveySpecSchema.safeParse(input ?? {})
  if (!result.success) {
    const issues: ChisoIssue[] = result.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: issue.message,
    }))
    throw new ChisoError('INVALID_SURVEY_SPEC', `the survey spec is invalid: ${issues.length} problem(s)`, {
      issues,
    })
  }
  const spec = result.data
  const issues: ChisoIssue[] = []
  const names = Object.keys(spec.items)
  const seen = new Map<string, number>()
  spec.indicators.forEach((indicator, i) => {
    const first = seen.get(indicator.code)
    if (first !== undefined)
      issues.push({
        path: ['indicators', i, 'code'],
        message: `indicator "${indicator.code}" is already defined at indicators[${first}]`,
      })
    else seen.set(indicator.code, i)
    const item = spec.items[indicator.item]
    if (item === undefined) {
      issues.push({
        path: ['indicators', i, 'item'],
        message: `no item "${indicator.item}" in items (the items are ${names.join(', ') || 'none'})`,
      })
      return
    }
    if (indicator.statistic !== 'share' && item.answers !== undefined)
      issues.push({
        path: ['indicators', i, 'statistic'],
        message: `a ${indicator.statistic} needs a numeric item (min, max): "${indicator.item}" has answer codes`,
      })
    indicator.count?.forEach((answer, a) => {
      if (!isAnswerOf(item, answer))
        issues.push({
          path: ['indicators', i, 'count', a],
          message: `"${answer}" is not an answer of item "${indicator.item}" (${describeScale(item)})`,
        })
    })
  })
  for (const [name, item] of Object.entries(spec.items)) {
    for (const [label, answer] of Object.entries(item.labels ?? {}))
      if (!isAnswerOf(item, answer))
        issues.push({
          path: ['items', name, 'labels', label],
          message: `the label maps to "${answer}", which is not an answer of the item (${describeScale(item)})`,
        })
  }
  const units = new Set<string>()
  spec.units?.forEach((unit, u) => {
    if (units.has(unit.code))
      issues.push({ path: ['units', u, 'code'], message: `unit "${unit.code}" is listed twice` })
    units.add(unit.code)
  })
  if (issues.length > 0)
    throw new ChisoError('INVALID_SURVEY_SPEC', `the survey spec is invalid: ${issues.length} problem(s)`, {
      issues,
    })
  return spec
}

/**
 * One item of a parsed survey spec.
 *
 * @example
 * ```ts
 * const item: SurveyItem = { min: '1', max: '5' }
 * ```
 *
 * @category Survey
 */
export type SurveyItem = SurveySpec['items'][string]

/**
 * One indicator of a parsed survey spec.
 *
 * @example
 * ```ts
 * const indicator: SurveyIndicator = { code: '1.1', item: 'q1', statistic: 'mean', direction: 1 }
 * ```
 *
 * @category Survey
 */
export type SurveyIndicator = SurveySpec['indicators'][number]

function isAnswerOf(item: SurveyItem, answer: string): boolean {
  if (item.answers !== undefined) return item.answers.includes(answer)
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(answer)) return false
  return dec(answer).gte(item.min!) && dec(answer).lte(item.max!)
}

/** The item's answers in words, for messages. */
export function describeScale(item: SurveyItem): string {
  return item.answers !== undefined
    ? `answers ${item.answers.join(', ')}`
    : `a number from ${item.min} to ${item.max}`
}

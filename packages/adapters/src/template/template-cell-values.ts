// The values a template shows: pre-filled inputs of the collected round, and earlier rounds read-only.
import { type Dataset, evidenceText, type Observation } from '@chiso/core'
import { TEMPLATE_HEADINGS, type TemplateLanguage } from './template-headings.js'
import type { TemplateColumn } from './template-meta.js'

/**
 * The key of one unit's leaf field in the maps below.
 *
 * @example
 * ```ts
 * values.get(key('dong-son', '1.1', 'value'))
 * ```
 */
export const key = (unit: string, node: string, field: string) => `${unit}\u0000${node}\u0000${field}`

/**
 * The values to pre-fill, by unit, leaf and field: those of the collected round, or without a round.
 *
 * @example
 * ```ts
 * valuesOf(dataset, 'self').get(key('dong-son', '1.1', 'value'))?.value // '2.5'
 * ```
 */
export function valuesOf(values: Dataset | undefined, round: string | undefined): Map<string, Observation> {
  const out = new Map<string, Observation>()
  for (const observation of values?.observations ?? []) {
    const own = observation.round ?? (observation.source === round ? round : undefined)
    if (own !== undefined && own !== round) continue
    const k = key(observation.unit, observation.node, observation.field)
    if (!out.has(k)) out.set(k, observation)
  }
  return out
}

/**
 * What a pre-filled input cell shows: the value, or the notes of the leaf's first observation that has any.
 *
 * @example
 * ```ts
 * filled(values, 'dong-son', '1.1', { kind: 'field', field: 'value' } as TemplateColumn, ['value'], 'vi') // 2.5
 * ```
 */
export function filled(
  values: Map<string, Observation>,
  unit: string,
  node: string,
  column: TemplateColumn,
  fields: ReadonlyArray<string>,
  language: TemplateLanguage,
): string | number | null {
  if (column.kind === 'field') {
    const observation = values.get(key(unit, node, column.field!))
    return observation ? shown(observation.value, language) : null
  }
  for (const field of fields) {
    const observation = values.get(key(unit, node, field))
    if (!observation) continue
    if (column.kind === 'explanation' && observation.explanation) return observation.explanation
    if (column.kind === 'comment' && observation.comment) return observation.comment
    if (column.kind === 'evidence' && observation.evidence?.length) {
      const lines = observation.evidence.map((item) => {
        const text = item[column.property!] ?? ''
        // Dates as officials write them (dd/mm/yyyy); read back to the same ISO date.
        return column.property === 'date' && text !== '' ? text.split('-').reverse().join('/') : text
      })
      return lines.some((line) => line !== '') ? lines.join('\n') : null
    }
  }
  return null
}

/**
 * The latest earlier-round observation with a value (or the latest one) per unit, leaf and field.
 *
 * @example
 * ```ts
 * latestPrior(selfAssessments, 1, ['self', 'appraisal']).get(key('dong-son', '1.1', 'value'))?.round // 'self'
 * ```
 */
export function latestPrior(
  prior: Dataset | undefined,
  roundIndex: number,
  rounds: ReadonlyArray<string> | undefined,
): Map<string, Observation> {
  const latest = new Map<string, { observation: Observation; at: number }>()
  const position = (o: Observation) => {
    const code = o.round ?? o.source
    const at = code === undefined ? 0 : (rounds?.indexOf(code) ?? 0)
    return Math.max(at, 0)
  }
  for (const observation of prior?.observations ?? []) {
    const at = position(observation)
    // Only rounds before the one collected are shown.
    if (rounds && roundIndex >= 0 && at >= roundIndex) continue
    const k = key(observation.unit, observation.node, observation.field)
    const seen = latest.get(k)
    const better = !seen || (observation.value !== null && (seen.observation.value === null || at >= seen.at))
    if (better) latest.set(k, { observation, at })
  }
  return new Map([...latest].map(([k, { observation }]) => [k, observation]))
}

/**
 * The evidence, explanations and comments of a leaf's earlier-round observations, one per line.
 *
 * @example
 * ```ts
 * priorNotes(prior, 'dong-son', '1.1', ['value'], 'vi') // '• Quyết định 12/QĐ-UBND …'
 * ```
 */
export function priorNotes(
  prior: Map<string, Observation>,
  unit: string,
  node: string,
  fields: ReadonlyArray<string>,
  language: TemplateLanguage,
): string {
  const lines: string[] = []
  for (const field of fields) {
    const observation = prior.get(key(unit, node, field))
    if (!observation) continue
    for (const item of observation.evidence ?? []) lines.push(`• ${evidenceText(item)}`)
    if (observation.explanation)
      lines.push(`${TEMPLATE_HEADINGS.explanation[language]}: ${observation.explanation}`)
    if (observation.comment) lines.push(`${TEMPLATE_HEADINGS.comment[language]}: ${observation.comment}`)
  }
  return lines.join('\n')
}

/**
 * What a cell shows for a value: yes/no/not applicable in the template's language, a number or text.
 *
 * @example
 * ```ts
 * shown(true, 'vi') // 'có'
 * ```
 */
export function shown(value: Observation['value'], language: TemplateLanguage): string | number | null {
  if (value === null) return null
  if (value === true) return TEMPLATE_HEADINGS.yes[language]
  if (value === false) return TEMPLATE_HEADINGS.no[language]
  if (value === 'NA') return TEMPLATE_HEADINGS.notApplicable[language]
  return numberOrText(value)
}

/**
 * A decimal as a number when the double is exactly that decimal's shortest form, else as text.
 *
 * @example
 * ```ts
 * numberOrText('2.5') // 2.5
 * numberOrText('0.1000000000000000000001') // '0.1000000000000000000001'
 * ```
 */
export function numberOrText(text: string | null): string | number | null {
  if (text === null) return null
  const n = Number(text)
  return Number.isFinite(n) && String(n) === text ? n : text
}

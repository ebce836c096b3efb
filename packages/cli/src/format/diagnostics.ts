import type { Diagnostic } from '@chiso/core'
import { DIAGNOSTIC_MESSAGES } from '../messages/diagnostics.js'
import type { Language } from '../messages/language.js'
import { formatOrigin } from './origin.js'
import type { Stylist } from './style.js'

/**
 * How many diagnostics the human output lists before summarising the rest.
 *
 * @example
 * ```ts
 * DIAGNOSTICS_SHOWN // 20
 * ```
 */
export const DIAGNOSTICS_SHOWN = 20

/**
 * What a diagnostic says in a language: in English core's own message (it carries the values); in Vietnamese
 * the catalogue's sentence for its code, or core's message when the code has none (a plugin's own code).
 *
 * @example
 * ```ts
 * diagnosticText({ code: 'MISSING_ZERO', severity: 'warning', message: 'no value: counted as zero' }, 'vi')
 * // 'không có số liệu: tính là 0 điểm'
 * ```
 */
export function diagnosticText(diagnostic: Diagnostic, language: Language): string {
  if (language === 'en') return diagnostic.message
  const codes: Readonly<Record<string, string>> = DIAGNOSTIC_MESSAGES.vi.codes
  return Object.hasOwn(codes, diagnostic.code) ? codes[diagnostic.code]! : diagnostic.message
}

/**
 * Formats one diagnostic on one line: severity, code, where (unit, node, origin), message — in English unless
 * another language is given.
 *
 * @example
 * ```ts
 * formatDiagnostic({ code: 'MISSING_ZERO', severity: 'warning', unit: 'HN', node: '1.2',
 *   message: 'no value: counted as zero', origin: { file: 'data.csv', row: 3, column: 4 } })
 * // 'warning MISSING_ZERO [unit HN, node 1.2, data.csv:3:4]: no value: counted as zero'
 * ```
 */
export function formatDiagnostic(
  diagnostic: Diagnostic,
  style: Stylist = (_s, text) => text,
  language: Language = 'en',
): string {
  const words = DIAGNOSTIC_MESSAGES[language]
  const where = [
    diagnostic.unit === undefined ? undefined : words.unit(diagnostic.unit),
    diagnostic.node === undefined ? undefined : words.node(diagnostic.node),
    diagnostic.origin ? formatOrigin(diagnostic.origin) || undefined : undefined,
  ].filter((part) => part !== undefined)
  const colour =
    diagnostic.severity === 'error' ? 'red' : diagnostic.severity === 'warning' ? 'yellow' : 'cyan'
  return (
    `${style(colour, words.severity[diagnostic.severity])} ${diagnostic.code}` +
    `${where.length > 0 ? ` [${where.join(', ')}]` : ''}: ${diagnosticText(diagnostic, language)}`
  )
}

/**
 * Summarises diagnostics for a human: a count by severity, then the first {@link DIAGNOSTICS_SHOWN}, one per
 * line. Returns `''` when there are none.
 *
 * @example
 * ```ts
 * formatDiagnosticsSummary(scorecard.diagnostics)
 * // '2 diagnostics (0 errors, 2 warnings, 0 info):\n  warning MISSING_ZERO [unit HN, node 1.2]: …\n  …\n'
 * ```
 */
export function formatDiagnosticsSummary(
  diagnostics: ReadonlyArray<Diagnostic>,
  style: Stylist = (_s, text) => text,
  language: Language = 'en',
): string {
  if (diagnostics.length === 0) return ''
  const count = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).length
  const errors = count('error')
  const warnings = count('warning')
  const infos = count('info')
  const words = DIAGNOSTIC_MESSAGES[language]
  const lines = [
    words.summary(diagnostics.length, errors, warnings, infos),
    ...diagnostics
      .slice(0, DIAGNOSTICS_SHOWN)
      .map((diagnostic) => `  ${formatDiagnostic(diagnostic, style, language)}`),
  ]
  if (diagnostics.length > DIAGNOSTICS_SHOWN) {
    lines.push(`  ${words.more(diagnostics.length - DIAGNOSTICS_SHOWN)}`)
  }
  return `${lines.join('\n')}\n`
}

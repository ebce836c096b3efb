import type { Diagnostic } from '@chiso/core'
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
 * Formats one diagnostic on one line: severity, code, where (unit, node, origin), message.
 *
 * @example
 * ```ts
 * formatDiagnostic({ code: 'MISSING_ZERO', severity: 'warning', unit: 'HN', node: '1.2',
 *   message: 'no value: counted as zero', origin: { file: 'data.csv', row: 3, column: 4 } })
 * // 'warning MISSING_ZERO [unit HN, node 1.2, data.csv:3:4]: no value: counted as zero'
 * ```
 */
export function formatDiagnostic(diagnostic: Diagnostic, style: Stylist = (_s, text) => text): string {
  const where = [
    diagnostic.unit === undefined ? undefined : `unit ${diagnostic.unit}`,
    diagnostic.node === undefined ? undefined : `node ${diagnostic.node}`,
    diagnostic.origin ? formatOrigin(diagnostic.origin) || undefined : undefined,
  ].filter((part) => part !== undefined)
  const colour =
    diagnostic.severity === 'error' ? 'red' : diagnostic.severity === 'warning' ? 'yellow' : 'cyan'
  return (
    `${style(colour, diagnostic.severity)} ${diagnostic.code}` +
    `${where.length > 0 ? ` [${where.join(', ')}]` : ''}: ${diagnostic.message}`
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
): string {
  if (diagnostics.length === 0) return ''
  const count = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).length
  const errors = count('error')
  const warnings = count('warning')
  const infos = count('info')
  const lines = [
    `${diagnostics.length} diagnostic${diagnostics.length === 1 ? '' : 's'} ` +
      `(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info):`,
    ...diagnostics
      .slice(0, DIAGNOSTICS_SHOWN)
      .map((diagnostic) => `  ${formatDiagnostic(diagnostic, style)}`),
  ]
  if (diagnostics.length > DIAGNOSTICS_SHOWN) {
    lines.push(`  … and ${diagnostics.length - DIAGNOSTICS_SHOWN} more (--format json lists them all)`)
  }
  return `${lines.join('\n')}\n`
}

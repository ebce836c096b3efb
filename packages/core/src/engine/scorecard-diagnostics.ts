// The scorecard's diagnostics: every one of the evaluation, gathered and put in a stable order.
import type { Diagnostic } from '../schema/scorecard.js'
import type { EvaluationContext } from './evaluation-context.js'
import type { RankedUnits } from './ranked-units.js'

/** Every diagnostic of the evaluation, in a stable order. */
export function diagnosticsOf(
  context: EvaluationContext,
  ranked: RankedUnits,
  dataDiagnostics: ReadonlyArray<Diagnostic>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...dataDiagnostics]
  for (const state of context.states) {
    // An indexed loop: most entries are empty (one per node and unit), and `for … of` costs several times more.
    const { unitDiagnostics } = state
    for (let unit = 0; unit < unitDiagnostics.length; unit++) {
      const found = unitDiagnostics[unit]
      if (found) diagnostics.push(...found)
    }
    diagnostics.push(...state.cohortDiagnostics)
  }
  for (const screened of context.screened) if (screened) diagnostics.push(screened)
  for (const head of ranked.heads) if (head.unranked) diagnostics.push(head.unranked)
  diagnostics.push(...ranked.noBand)
  return sortDiagnostics(diagnostics)
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => [d.unit ?? '', d.node ?? '', d.code, d.message, d.origin?.row ?? 0] as const
  return diagnostics
    .map((diagnostic, position) => ({ diagnostic, position, key: key(diagnostic) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const x = a.key[i]!
        const y = b.key[i]!
        if (x < y) return -1
        if (x > y) return 1
      }
      return a.position - b.position
    })
    .map((entry) => entry.diagnostic)
}

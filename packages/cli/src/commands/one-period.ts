import type { CompiledMethodology, Dataset } from '@chiso/core'
import { ChisoError } from '@chiso/core'
import type { CommandContext } from './context.js'
import { type DataOptions, loadData } from './data-options.js'
import { loadPeriodMethodologies } from './period-methodologies.js'

/**
 * The methodology and data of one period, for commands that work on one (`chiso plan`): one-period data as
 * it is, or the period `--period` names from a panel (under the methodology in force for it, when METHODOLOGY
 * is a period map). A panel without `--period`, or `--period` on one-period data, is refused with the reason.
 *
 * @example
 * ```ts
 * const { compiled, dataset } = await loadOnePeriod('periods.yaml', 'panel.csv', { period: '2022' }, context)
 * ```
 */
export async function loadOnePeriod(
  methodologyFile: string,
  dataFile: string,
  options: DataOptions & { period?: string },
  context: CommandContext,
): Promise<{ compiled: CompiledMethodology; dataset: Dataset }> {
  const methodologies = await loadPeriodMethodologies(methodologyFile, context.io.cwd, context.limits)
  const imported = await loadData(dataFile, options, context, methodologies.single, {
    panel: true,
    ...(methodologies.single ? {} : { leaves: methodologies.leaves }),
  })
  const refuse = (message: string): never => {
    throw new ChisoError('INVALID_PANEL', `${dataFile}: ${message}`, {
      issues: [{ file: dataFile, message }],
    })
  }
  if (imported.panel === undefined) {
    if (options.period !== undefined) refuse('--period picks a period of a panel; this file holds one period')
    if (methodologies.single === undefined)
      refuse('a period → methodology map needs a panel (a period column)')
    return { compiled: methodologies.single as CompiledMethodology, dataset: imported.dataset }
  }
  const labels = imported.panel.periods.map((p) => p.period)
  if (options.period === undefined)
    return refuse(`the file holds ${labels.length} periods (${labels.join(', ')}): pick one with --period`)
  const chosen = imported.panel.periods.find((p) => p.period === options.period)
  if (chosen === undefined)
    return refuse(`no period "${options.period}" (the periods are ${labels.join(', ')})`)
  const compiled = methodologies.methodologyFor(chosen.period)
  if (compiled === undefined) return refuse(`no methodology is in force for the period "${chosen.period}"`)
  return { compiled, dataset: chosen.dataset }
}

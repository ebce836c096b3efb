import type { Dataset } from '../schema/dataset.js'
import type { Methodology } from '../schema/methodology.js'
import type { Scorecard } from '../schema/scorecard.js'
import type { CompiledTree } from './compile.js'
import { Evaluation } from './evaluation.js'

/**
 * Evaluates a parsed dataset under a compiled tree, node by node over all units (children before parents),
 * then ranks and bands the units. Data problems become diagnostics; nothing here throws on bad data.
 */
export function evaluateTree(
  methodology: Methodology,
  tree: CompiledTree,
  fingerprint: string,
  dataset: Dataset,
  trace: boolean,
  pluginCallMs: number = Number.POSITIVE_INFINITY,
): Scorecard {
  return Evaluation.of(methodology, tree, fingerprint, dataset, trace, pluginCallMs).scorecard()
}

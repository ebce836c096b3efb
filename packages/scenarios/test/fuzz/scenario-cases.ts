// Cases for the scenario fuzz suites (test-only): a compiled methodology (generated, then edited by the engine
// fuzz edits), a valid dataset for it, and a unit of that dataset.
import { type CompiledMethodology, createEngine, type Dataset, parseDataset } from '@chiso/core'
import { applyEngineEdits, engineEditsArb } from '@chiso/core-e2e/engine-edits'
import { compositeMethodologyArb, datasetArb, pointsMethodologyArb } from '@chiso/sdk/testing'
import { fc } from '@fast-check/vitest'

const engine = createEngine()

/** A methodology and data the engine accepts: the starting point of planner and simulator cases. */
export interface ScenarioCase {
  readonly compiled: CompiledMethodology
  readonly dataset: Dataset
  readonly units: ReadonlyArray<string>
  readonly leaves: ReadonlyArray<string>
}

/** Small generated methodologies, sometimes edited (zero weights, bands, degenerate normalisers…), with data. */
export const scenarioCaseArb: fc.Arbitrary<ScenarioCase> = fc
  .tuple(
    fc.oneof(
      pointsMethodologyArb({ maxDepth: 3, maxChildren: 3 }),
      compositeMethodologyArb({ maxDepth: 3, maxChildren: 3 }),
    ),
    fc.oneof(fc.constant([]), engineEditsArb),
  )
  .chain(([methodology, edits]) => {
    let compiled: CompiledMethodology
    try {
      compiled = engine.compile(applyEngineEdits(methodology, edits))
    } catch {
      // An edit the engine refuses (its own fuzz suite checks how): plan on the unedited methodology.
      compiled = engine.compile(methodology)
    }
    return datasetArb(compiled.methodology, { units: { min: 1, max: 6 }, naRate: 0.1, missingRate: 0.1 }).map(
      (data): ScenarioCase => {
        const dataset = parseDataset(data)
        return {
          compiled,
          dataset,
          units: dataset.units.map((u) => u.code),
          leaves: leafCodes(compiled.methodology.tree),
        }
      },
    )
  })

type TreeNode = { code: string; children?: ReadonlyArray<TreeNode> }
function leafCodes(tree: ReadonlyArray<TreeNode>): string[] {
  return tree.flatMap((node) => [node.code, ...(node.children ? leafCodes(node.children) : [])])
}

/** Integers a caller may pass where a rank or a count belongs. */
export const weirdCountArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 10 }),
  fc.constantFrom(
    0,
    -0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e9,
    Number.MAX_SAFE_INTEGER,
  ),
)

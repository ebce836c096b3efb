import { checkDatasetLimits } from '../limits/check-limits.js'
import { resolveLimits } from '../limits/limits.js'
import { builtinPlugin } from '../plugin/builtin-plugin.js'
import { isParsedDataset, parseDataset, parseMethodology } from '../schema/parse.js'
import { fingerprint } from '../versioning/fingerprint.js'
import { compileTree } from './compile.js'
import { evaluateTree } from './evaluate.js'
import { Evaluation } from './evaluation.js'
import { createRegistry } from './registry.js'
import { createSession } from './session.js'
import type { CompiledMethodology, Engine, EngineOptions, EvaluateOptions, LeafInfo } from './types.js'

/**
 * Creates a scoring engine with an explicit, frozen set of plugins (the built-in `chiso` plugin plus those
 * given). Compile a methodology once, then evaluate any number of datasets.
 *
 * @example
 * ```ts
 * import { createEngine } from '@chiso/core'
 *
 * const engine = createEngine()
 * const compiled = engine.compile({
 *   id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [
 *     { code: '1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
 *     { code: '2', title: 'Report', max: '6', rule: { use: 'chiso/points' } },
 *   ],
 * })
 * const card = compiled.evaluate({
 *   units: [{ code: 'A' }, { code: 'B' }],
 *   observations: [
 *     { unit: 'A', node: '1', value: true }, { unit: 'A', node: '2', value: '5' },
 *     { unit: 'B', node: '1', value: true }, { unit: 'B', node: '2', value: 'NA' },
 *   ],
 * })
 * card.units.map((u) => [u.unit, u.score, u.max, u.indexDisplay, u.rank])
 * // [['B', '4', '4', '100.00', 1], ['A', '9', '10', '90.00', 2]]
 * ```
 *
 * @category Scoring
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const plugins = [...(options.builtins === false ? [] : [builtinPlugin]), ...(options.plugins ?? [])]
  const registry = createRegistry(plugins)
  const limits = resolveLimits(options.limits)
  // A dataset within the limits, parsed once (counting is all the limits cost for a dataset parsed before).
  const datasetOf = (dataset: unknown) => {
    if (!isParsedDataset(dataset)) return parseDataset(dataset, { limits })
    checkDatasetLimits(dataset, limits)
    return dataset
  }

  const compile = (input: unknown): CompiledMethodology => {
    const methodology = parseMethodology(input, { limits })
    const tree = compileTree(methodology, registry, limits.maxDepth)
    const print = fingerprint(methodology)
    const leaves: LeafInfo[] = tree.nodes
      .filter((node) => node.rule !== undefined)
      .sort((a, b) => comparePaths(a.path, b.path))
      .map((node) => Object.freeze({ code: node.code, rule: node.rule!.def.id, fields: node.rule!.fields }))
    const evaluate = (dataset: unknown, evaluateOptions: EvaluateOptions = {}) =>
      evaluateTree(
        methodology,
        tree,
        print,
        datasetOf(dataset),
        evaluateOptions.trace ?? true,
        limits.pluginCallMs,
      )
    const compiled: CompiledMethodology = Object.freeze({
      methodology,
      fingerprint: print,
      leaves: Object.freeze(leaves),
      warnings: tree.warnings,
      evaluate,
      session: (dataset: unknown, sessionOptions: EvaluateOptions = {}) =>
        createSession(
          {
            compiled,
            tree,
            createScorer: (parsed, options) =>
              Evaluation.of(methodology, tree, print, parsed, options.trace ?? true, limits.pluginCallMs),
          },
          datasetOf(dataset),
          sessionOptions,
        ),
    })
    return compiled
  }

  return Object.freeze({
    plugins: registry.plugins,
    compile,
    score: (methodology: unknown, dataset: unknown, evaluateOptions?: EvaluateOptions) =>
      compile(methodology).evaluate(dataset, evaluateOptions),
  })
}

function comparePaths(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

import { resolveLimits } from '../limits/limits.js'
import { compileModel } from '../model/compile-model.js'
import { applyDefaults } from '../model/explicit-methodology.js'
import { builtinPlugin } from '../plugin/builtin-plugin.js'
import type { Dataset } from '../schema/dataset.js'
import { parseDataset, parseMethodology } from '../schema/parse.js'
import { fingerprintOf } from '../versioning/fingerprint.js'
import type {
  CompiledMethodology,
  Engine,
  EngineOptions,
  EvaluateOptions,
  LeafInfo,
} from './engine-interfaces.js'
import { Evaluation } from './evaluation.js'
import type { EvaluationSettings } from './evaluation-context.js'
import { createRegistry } from './registry.js'
import { createSession } from './session.js'

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
  const settingsOf = (evaluateOptions: EvaluateOptions): EvaluationSettings => ({
    trace: evaluateOptions.trace ?? true,
    pluginCallMs: limits.pluginCallMs,
    ...(evaluateOptions.earlier === undefined ? {} : { earlier: evaluateOptions.earlier }),
    ...(evaluateOptions.onObserved === undefined ? {} : { onObserved: evaluateOptions.onObserved }),
  })

  // The one path from a file's content to a score: parse (schema, structure, limits) → decide every default →
  // fingerprint and compile that same explicit form.
  const compile = (input: unknown): CompiledMethodology => {
    const explicit = applyDefaults(parseMethodology(input, { limits }))
    const model = compileModel(explicit, registry, limits.maxDepth)
    const print = fingerprintOf(explicit)
    const leaves: LeafInfo[] = model.leaves.map((node) =>
      Object.freeze({ code: node.code, rule: node.rule!.def.id, fields: node.rule!.fields }),
    )
    const evaluationOf = (dataset: Dataset, evaluateOptions: EvaluateOptions) =>
      Evaluation.of(model, print, dataset, settingsOf(evaluateOptions))
    const compiled: CompiledMethodology = Object.freeze({
      methodology: explicit,
      fingerprint: print,
      model,
      // The engine object is created below, before any compile can run.
      get engine() {
        return engine
      },
      leaves: Object.freeze(leaves),
      warnings: model.warnings,
      evaluate: (dataset: unknown, evaluateOptions: EvaluateOptions = {}) =>
        evaluationOf(parseDataset(dataset, { limits }), evaluateOptions).scorecard(),
      evaluateByUnit: (dataset: unknown, evaluateOptions: EvaluateOptions = {}) =>
        evaluationOf(parseDataset(dataset, { limits }), evaluateOptions).scorecardByUnit(),
      session: (dataset: unknown, sessionOptions: EvaluateOptions = {}) =>
        createSession(
          { compiled, createScorer: evaluationOf },
          parseDataset(dataset, { limits }),
          sessionOptions,
        ),
      toJSON: () => ({ methodology: explicit, fingerprint: print, leaves, warnings: model.warnings }),
    })
    return compiled
  }

  const engine: Engine = Object.freeze({
    plugins: registry.plugins,
    compile,
    score: (methodology: unknown, dataset: unknown, evaluateOptions?: EvaluateOptions) =>
      compile(methodology).evaluate(dataset, evaluateOptions),
  })
  return engine
}

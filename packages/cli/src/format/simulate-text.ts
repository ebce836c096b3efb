import type { SensitivityResult, SimulationResult } from '@chiso/scenarios'
import type { Language } from '../messages/language.js'
import { SIMULATE_MESSAGES } from '../messages/simulate.js'
import type { Stylist } from './style.js'
import { renderTable } from './table.js'

/**
 * The text of `chiso simulate`: how the runs were made (seed, arithmetic, the nominal check), one row per
 * unit (nominal rank, median, 5th–95th percentile, probability of the target rank) and, when asked, the
 * sensitivity indices.
 *
 * @example
 * ```ts
 * formatSimulationText(result, null, { style: createStylist(false) })
 * // '1000 runs · seed 42 · float64 kernel; nominal ranks equal the exact engine’s\n…'
 * ```
 */
export function formatSimulationText(
  result: SimulationResult,
  sensitivity: SensitivityResult | null,
  options: { style: Stylist; language?: Language },
): string {
  const { style } = options
  const words = SIMULATE_MESSAGES[options.language ?? 'en']
  const lines: string[] = []
  lines.push(
    style('bold', words.runs(result.runs, result.seed)) +
      (result.nominal.matchesExact
        ? words.matches
        : style('red', words.differs(result.nominal.mismatched.join(', ')))),
  )
  lines.push(words.factors(result.factors.length === 0 ? words.noFactors : result.factors.join(', ')))
  lines.push('')
  const target = result.targetRank
  const columns = [
    { header: words.headers.rank, align: 'right' as const },
    { header: words.headers.unit },
    { header: words.headers.median, align: 'right' as const },
    { header: 'P5–P95', align: 'right' as const },
    ...(target === null ? [] : [{ header: words.headers.probability(target), align: 'right' as const }]),
  ]
  const rows = result.units.map((unit) => [
    unit.nominalRank === null ? '—' : String(unit.nominalRank),
    unit.unit,
    unit.median === null ? '—' : String(unit.median),
    unit.p5 === null ? '—' : `${unit.p5}–${unit.p95}`,
    ...(target === null ? [] : [unit.probability === null ? '—' : unit.probability.toFixed(3)]),
  ])
  lines.push(renderTable(columns, rows, { style }))
  if (sensitivity !== null) {
    lines.push(
      style('bold', words.sensitivity(sensitivity.unit, sensitivity.output)) +
        words.method(sensitivity.samples, sensitivity.evaluations),
    )
    lines.push(
      renderTable(
        [
          { header: words.headers.factor },
          { header: words.headers.first, align: 'right' },
          { header: words.headers.total, align: 'right' },
        ],
        sensitivity.factors.map((factor) => [
          factor.factor,
          `${factor.first.toFixed(3)} [${factor.firstInterval[0].toFixed(3)}, ${factor.firstInterval[1].toFixed(3)}]`,
          `${factor.total.toFixed(3)} [${factor.totalInterval[0].toFixed(3)}, ${factor.totalInterval[1].toFixed(3)}]`,
        ]),
        { style },
      ),
    )
  }
  return `${lines.join('\n')}\n`
}

/**
 * The JSON object of `chiso simulate --json`: decimals (probabilities, means, indices) as strings.
 *
 * @example
 * ```ts
 * simulationJson(result, null, compiled).units[0] // { unit: 'quang-ninh', median: 1, probability: '0.9', … }
 * ```
 */
export function simulationJson(
  result: SimulationResult,
  sensitivity: SensitivityResult | null,
  methodology: { id: string; version: string; fingerprint: string },
): unknown {
  const fixed = (value: number | null, digits: number) => (value === null ? null : value.toFixed(digits))
  return {
    methodology,
    runs: result.runs,
    seed: result.seed,
    arithmetic: result.arithmetic,
    nominal: result.nominal,
    targetRank: result.targetRank,
    factors: result.factors,
    units: result.units.map((unit) => ({
      ...unit,
      mean: fixed(unit.mean, 4),
      probability: unit.probability === null ? null : String(unit.probability),
    })),
    ...(sensitivity === null
      ? {}
      : {
          sensitivity: {
            ...sensitivity,
            variance: sensitivity.variance.toPrecision(6),
            factors: sensitivity.factors.map((factor) => ({
              factor: factor.factor,
              first: factor.first.toFixed(4),
              total: factor.total.toFixed(4),
              firstInterval: factor.firstInterval.map((x) => x.toFixed(4)),
              totalInterval: factor.totalInterval.map((x) => x.toFixed(4)),
            })),
          },
        }),
    parameters: result.parameters,
  }
}

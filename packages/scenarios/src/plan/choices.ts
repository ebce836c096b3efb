// The ways one leaf of one unit can improve: the rule's enumerated outcomes (yes/no, bands, deductions) or
// steps of a continuous input. Each choice carries the observation changes that produce it, so a plan can be
// re-scored by the engine. Points are computed by the rule's own `score`, never re-implemented here.
import {
  type CompiledNode,
  Dec,
  dec,
  type Observation,
  type RuleInputValue,
  toDecimalString,
} from '@chiso/core'
import type { ObservationChange } from '../observation-change.js'
import type { LeafCost } from './costs.js'

/** One improvement of a leaf: new inputs, the points (or value) they give, and how many steps away it is. */
export interface LeafChoice {
  readonly changes: ReadonlyArray<ObservationChange>
  /** The leaf's points (or value) after the change. */
  readonly points: Dec
  /** Outcome levels (or input steps) above the current state. */
  readonly steps: number
  /** The input after the change, for display (`yes`, `0.95`, `23/24`). */
  readonly to: string
}

/** The current state of a leaf and its improvements, best last. */
export interface LeafOptions {
  readonly leaf: CompiledNode
  readonly points: Dec
  readonly from: string
  readonly choices: ReadonlyArray<LeafChoice>
}

/** Why a leaf offers no choice, or its options. */
export type LeafOptionsResult = { readonly options: LeafOptions } | { readonly skipped: string }

const MAX_STEPS = 40

/**
 * Enumerates the improvements of one leaf for one unit. `observations` are the unit's observations of this
 * leaf; `cohortBest` the best `value` among all units (the default ceiling of unbounded values).
 */
export function leafOptions(
  leaf: CompiledNode,
  unit: string,
  observations: ReadonlyArray<Observation>,
  settings: LeafCost,
  cohortBest: Dec | null,
  lowerIsBetter = false,
): LeafOptionsResult {
  const rule = leaf.rule!
  const current = new Map<string, Observation['value']>()
  for (const observation of observations) current.set(observation.field, observation.value)
  if ([...current.values()].includes('NA')) return { skipped: 'not applicable to the unit' }
  const fields = rule.fields
  const names = Object.keys(fields)
  const input: Record<string, RuleInputValue> = {}
  for (const name of names) {
    const value = current.get(name)
    const kind = fields[name]!.kind
    if (value === undefined || value === null) {
      // A missing count scores as zero under the `zero` policy; planning may fill it in from zero.
      if (kind === 'boolean') input[name] = false
      else if (name !== 'total') input[name] = dec(0)
      continue
    }
    if (kind === 'boolean') input[name] = typeof value === 'boolean' ? value : dec(value as string).eq(1)
    else if (typeof value === 'string') input[name] = dec(value)
  }
  const score = (trial: Record<string, RuleInputValue>): Dec | null => {
    try {
      const raw = rule.def.score({
        input: trial,
        options: rule.options,
        node: leaf.info,
        dec,
        report: () => {},
      })
      if (raw === 'NA') return null
      const value = dec(raw as Dec | string)
      if (!rule.producesPoints) return value
      const max = leaf.declaredMax
      return value.isNegative() ? dec(0) : max !== null && value.gt(max) ? max : value
    } catch {
      return null
    }
  }
  if (names.includes('total') && input.total === undefined) return { skipped: 'no total to plan against' }
  const base = score(input)
  if (base === null) return { skipped: 'the rule gives no value for the current inputs' }

  const candidates: Array<{ input: Record<string, RuleInputValue>; step: number }> = []
  const options = (rule.options ?? {}) as Record<string, unknown>
  const id = rule.def.id
  const describe = (trial: Record<string, RuleInputValue>) => describeInput(trial, names)

  if (names.length === 1 && fields.value?.kind === 'boolean') {
    candidates.push({ input: { value: !(input.value as boolean) }, step: 1 })
  } else if (id === 'chiso/bands' && names.includes('value')) {
    for (const band of options.bands as Array<{ atLeast?: string; atMost?: string }>) {
      const threshold = band.atLeast ?? band.atMost
      if (threshold !== undefined) candidates.push({ input: { value: dec(threshold) }, step: 0 })
    }
  } else if (id === 'chiso/bands') {
    const total = input.total as Dec
    const factor = options.over === 'percent' ? dec(100) : dec(1)
    for (const band of options.bands as Array<{ atLeast?: string; atMost?: string }>) {
      if (band.atLeast === undefined) continue
      const done = dec(band.atLeast).times(total).div(factor).ceil()
      if (done.lte(total)) candidates.push({ input: { ...input, done }, step: 0 })
    }
  } else if (id === 'chiso/deduction') {
    const count = input.value as Dec
    for (let k = count.ceil().minus(1); k.gte(0) && candidates.length < MAX_STEPS; k = k.minus(1)) {
      candidates.push({ input: { value: k }, step: 0 })
    }
  } else if (names.includes('done') && names.includes('total')) {
    const total = input.total as Dec
    const done = input.done as Dec
    const step = dec(settings.step ?? '0.05')
    const share = total.isZero() ? dec(0) : done.div(total)
    for (let k = 1; k <= MAX_STEPS; k++) {
      const target = share.plus(step.times(k))
      const next = target.gte(1) ? total : target.times(total).ceil()
      if (next.gt(done)) candidates.push({ input: { ...input, done: next }, step: k })
      if (target.gte(1)) break
    }
  } else if (
    names.length === 1 &&
    fields.value?.kind === 'decimal' &&
    rule.def.outcomes &&
    !id.startsWith('chiso/')
  ) {
    // A plugin rule that enumerates its outcomes: for each better outcome, the smallest change of the input
    // (towards its ceiling) that reaches it, found by bisection (the rule is assumed monotone in its input).
    const sign = lowerIsBetter ? -1 : 1
    const bound = ceilingOf(leaf, options, id, settings, cohortBest)
    if (bound === null) return { skipped: 'no ceiling for the input (give upTo in the costs file)' }
    const from = input.value as Dec
    const outcomes = rule.def.outcomes({ options: rule.options, node: leaf.info, dec })
    for (const outcome of outcomes) {
      if (!(lowerIsBetter ? outcome.lt(base) : outcome.gt(base))) continue
      const reaches = (x: Dec) => {
        const points = score({ value: x })
        return points !== null && (lowerIsBetter ? points.lte(outcome) : points.gte(outcome))
      }
      if (!reaches(bound)) continue
      let low = from
      let high = bound
      for (let i = 0; i < 60 && high.minus(low).abs().gt(high.abs().plus(1).times('1e-12')); i++) {
        const middle = low.plus(high).div(2)
        if (reaches(middle)) high = middle
        else low = middle
      }
      // Keep the found input short: the fewest decimal places that still reach the outcome, nearest first.
      let value = high
      const inRange = (x: Dec) => x.minus(from).times(sign).gt(0) && !x.times(sign).gt(bound.times(sign))
      search: for (let places = 0; places <= 12; places++) {
        const near = high.toDecimalPlaces(places, lowerIsBetter ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR)
        const far = high.toDecimalPlaces(places, lowerIsBetter ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL)
        for (const rounded of [near, far]) {
          if (inRange(rounded) && reaches(rounded)) {
            value = rounded
            break search
          }
        }
      }
      candidates.push({ input: { value }, step: 0 })
    }
  } else if (names.length === 1 && fields.value?.kind === 'decimal') {
    // Values are improved towards the ceiling: upwards, or downwards when lower is better.
    const sign = lowerIsBetter ? -1 : 1
    const value = (input.value as Dec).times(sign)
    const bound = ceilingOf(leaf, options, id, settings, cohortBest)
    const ceiling = bound === null ? null : bound.times(sign)
    if (ceiling === null || !ceiling.gt(value)) return { skipped: 'no better value to reach' }
    const step = settings.step === undefined ? roundStep(ceiling.minus(value).div(10)) : dec(settings.step)
    for (let k = 1; k <= MAX_STEPS; k++) {
      const next = value.plus(step.times(k))
      const capped = next.gt(ceiling) ? ceiling : next
      candidates.push({ input: { value: capped.times(sign) }, step: k })
      if (!next.lt(ceiling)) break
    }
  } else {
    return { skipped: `the inputs of ${id} cannot be planned (give it a step in the costs file?)` }
  }

  // Keep, for each distinct gain, the first candidate reaching it (the smallest change); then number the
  // outcome levels for discrete rules.
  const scored = candidates
    .map((candidate) => ({ ...candidate, points: score(candidate.input) }))
    .filter(
      (candidate): candidate is typeof candidate & { points: Dec } =>
        candidate.points !== null && (lowerIsBetter ? candidate.points.lt(base) : candidate.points.gt(base)),
    )
  const discrete = scored.every((candidate) => candidate.step === 0) || id === 'chiso/yes-no'
  const byPoints = new Map<string, (typeof scored)[number]>()
  for (const candidate of scored) {
    const key = candidate.points.toFixed()
    const seen = byPoints.get(key)
    if (seen === undefined || (discrete && closer(candidate.input, seen.input, input)))
      byPoints.set(key, candidate)
  }
  const ordered = [...byPoints.values()].sort((a, b) =>
    lowerIsBetter ? b.points.comparedTo(a.points) : a.points.comparedTo(b.points),
  )
  const choices: LeafChoice[] = ordered.map((candidate, index) => ({
    points: candidate.points,
    steps: discrete ? index + 1 : candidate.step,
    to: describe(candidate.input),
    changes: names
      .filter((name) => changed(candidate.input[name], current.get(name)))
      .map((name) => ({ unit, node: leaf.code, field: name, value: asValue(candidate.input[name]!) })),
  }))
  return { options: { leaf, points: base, from: describe(input), choices } }
}

function ceilingOf(
  leaf: CompiledNode,
  options: Record<string, unknown>,
  id: string,
  settings: LeafCost,
  cohortBest: Dec | null,
): Dec | null {
  if (settings.upTo !== undefined) return dec(settings.upTo)
  if (id === 'chiso/points') return leaf.declaredMax
  if (id === 'chiso/proportional') return dec(options.full as string)
  if (id === 'chiso/survey') {
    const scale = options.scale as { max: string } | undefined
    return options.mode === 'mean' && scale ? dec(scale.max) : dec(1)
  }
  return cohortBest
}

/** A default step rounded to two significant digits, so the planned values stay readable. */
function roundStep(step: Dec): Dec {
  if (step.isZero()) return step
  return step.toSignificantDigits(2, 0)
}

function closer(
  a: Record<string, RuleInputValue>,
  b: Record<string, RuleInputValue>,
  current: Record<string, RuleInputValue>,
): boolean {
  const distance = (trial: Record<string, RuleInputValue>) => {
    const field = 'done' in trial ? 'done' : 'value'
    const x = trial[field]
    const c = current[field]
    return x instanceof Object && c instanceof Object ? (x as Dec).minus(c as Dec).abs() : dec(0)
  }
  return distance(a).lt(distance(b))
}

function changed(next: RuleInputValue | undefined, before: Observation['value'] | undefined): boolean {
  if (next === undefined) return false
  if (typeof next === 'boolean') return typeof before !== 'boolean' || before !== next
  return typeof before !== 'string' || !next.eq(before)
}

function asValue(value: RuleInputValue): string | boolean {
  return typeof value === 'boolean' ? value : toDecimalString(value)
}

function describeInput(input: Record<string, RuleInputValue>, names: ReadonlyArray<string>): string {
  const text = (value: RuleInputValue | undefined) =>
    value === undefined ? '—' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : toDecimalString(value)
  if (names.includes('done') && names.includes('total')) return `${text(input.done)}/${text(input.total)}`
  return names.map((name) => text(input[name])).join(', ')
}

import { ChisoError, type ChisoIssue } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { throwZodError } from '../errors/from-zod.js'
import { type UnitRecord, type UnitRegistry, UnitRegistrySchema } from './registry-schema.js'

/**
 * Parses a unit registry and checks it: periods that end before they start, two records of one code with
 * overlapping validity, events naming unknown units (dangling lineage) or units not valid on the event's
 * day, events of the wrong shape (a merge of one unit), units that end without an event saying what became of
 * them, and cycles in the lineage. Throws `INVALID_UNIT_REGISTRY` listing every problem with its path.
 *
 * @example
 * ```ts
 * parseUnitRegistry({ units: [
 *   { code: 'a', name: 'A', level: 'province', validFrom: '2000-01-01', validTo: '2025-07-01' },
 *   { code: 'a', name: 'A', level: 'province', validFrom: '2020-01-01' },
 * ], events: [] })
 * // throws: units[1]: "a" is valid 2020-01-01 – (open) and also 2000-01-01 – 2025-07-01 (units[0])
 * ```
 *
 * @category Units
 */
export function parseUnitRegistry(input: unknown): UnitRegistry {
  const parsed = UnitRegistrySchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_UNIT_REGISTRY, 'invalid unit registry', parsed.error)
  const registry = parsed.data
  const issues = checkRegistry(registry)
  if (issues.length > 0) {
    throw new ChisoError(
      ERROR_CODES.INVALID_UNIT_REGISTRY,
      `invalid unit registry: ${issues.length} problem(s)`,
      {
        issues,
      },
    )
  }
  return registry
}

/**
 * Whether a unit record is valid on a day (`YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * isValidOn({ code: 'a', name: 'A', level: 'province', validFrom: '2000-01-01', validTo: '2025-07-01' }, '2025-06-30') // true
 * ```
 *
 * @category Units
 */
export function isValidOn(unit: UnitRecord, day: string): boolean {
  return unit.validFrom <= day && (unit.validTo === undefined || day < unit.validTo)
}

const period = (unit: UnitRecord) => `${unit.validFrom} – ${unit.validTo ?? '(open)'}`

function checkRegistry(registry: UnitRegistry): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const byCode = new Map<string, number[]>()
  registry.units.forEach((unit, index) => {
    if (unit.validTo !== undefined && unit.validTo <= unit.validFrom) {
      issues.push({
        path: ['units', index, 'validTo'],
        message: `"${unit.code}" ends (${unit.validTo}) before it starts (${unit.validFrom})`,
      })
    }
    for (const other of byCode.get(unit.code) ?? []) {
      const o = registry.units[other]!
      const overlaps =
        (o.validTo === undefined || unit.validFrom < o.validTo) &&
        (unit.validTo === undefined || o.validFrom < unit.validTo)
      if (overlaps) {
        issues.push({
          path: ['units', index],
          message: `"${unit.code}" is valid ${period(unit)} and also ${period(o)} (units[${other}])`,
        })
      }
    }
    byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), index])
  })
  const recordOn = (code: string, day: string) =>
    (byCode.get(code) ?? []).map((i) => registry.units[i]!).find((u) => isValidOn(u, day))
  const dayBefore = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() - 1)
    return date.toISOString().slice(0, 10)
  }
  const explainedEnds = new Set<string>()
  registry.events.forEach((event, index) => {
    const at = (side: 'from' | 'to', i: number) => ['events', index, side, i]
    const shapes: Record<typeof event.kind, [number, number, string]> = {
      merged: [2, 1, 'a merge joins at least two units into one'],
      split: [1, 2, 'a split divides one unit into at least two'],
      renamed: [1, 1, 'a renaming turns one unit into one other'],
      abolished: [1, 0, 'an abolition ends units without successors'],
    }
    const [fromCount, toCount, rule] = shapes[event.kind]
    const shapeOk =
      event.kind === 'merged'
        ? event.from.length >= 2 && event.to.length === 1
        : event.kind === 'split'
          ? event.from.length === 1 && event.to.length >= 2
          : event.kind === 'abolished'
            ? // Several units may end on one day (a whole level: the districts on 1 July 2025).
              event.from.length >= fromCount && event.to.length === 0
            : event.from.length === fromCount && event.to.length === toCount
    if (!shapeOk || (event.kind === 'renamed' && event.from[0] === event.to[0])) {
      issues.push({
        path: ['events', index, 'kind'],
        message: `${rule}: from ${event.from.length}, to ${event.to.length}`,
      })
    }
    const continuing = new Set(event.from.filter((code) => event.to.includes(code)))
    event.from.forEach((code, i) => {
      if (!byCode.has(code)) {
        issues.push({ path: at('from', i), message: `no unit has code "${code}"` })
      } else if (!recordOn(code, dayBefore(event.date))) {
        issues.push({ path: at('from', i), message: `"${code}" does not exist the day before ${event.date}` })
      } else if (!continuing.has(code)) {
        const record = recordOn(code, dayBefore(event.date))!
        if (record.validTo !== event.date) {
          issues.push({
            path: at('from', i),
            message: `"${code}" should end on ${event.date} (validTo), the day of this ${event.kind} event`,
          })
        }
        explainedEnds.add(`${code}@${event.date}`)
      }
    })
    event.to.forEach((code, i) => {
      const record = recordOn(code, event.date)
      if (!byCode.has(code)) issues.push({ path: at('to', i), message: `no unit has code "${code}"` })
      else if (!record)
        issues.push({ path: at('to', i), message: `"${code}" does not exist on ${event.date}` })
      else if (!continuing.has(code)) {
        if (record.validFrom !== event.date) {
          issues.push({
            path: at('to', i),
            message: `"${code}" should start on ${event.date} (validFrom), the day of this ${event.kind} event`,
          })
        }
      }
    })
  })
  registry.units.forEach((unit, index) => {
    if (unit.validTo !== undefined && !explainedEnds.has(`${unit.code}@${unit.validTo}`)) {
      issues.push({
        path: ['units', index, 'validTo'],
        message: `"${unit.code}" ends on ${unit.validTo} but no event says what became of it (merged, split, renamed, abolished)`,
      })
    }
  })
  issues.push(...findCycles(registry))
  return issues
}

/** Cycles in the lineage graph (old code → new code, continuing units left out). */
function findCycles(registry: UnitRegistry): ChisoIssue[] {
  const next = new Map<string, Set<string>>()
  for (const event of registry.events) {
    for (const from of event.from) {
      for (const to of event.to) {
        if (from === to) continue
        next.set(from, new Set([...(next.get(from) ?? []), to]))
      }
    }
  }
  const state = new Map<string, 'open' | 'done'>()
  const issues: ChisoIssue[] = []
  const visit = (code: string, trail: string[]) => {
    if (state.get(code) === 'done') return
    if (state.get(code) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(code)), code]
      issues.push({ path: ['events'], message: `the lineage has a cycle: ${cycle.join(' → ')}` })
      return
    }
    state.set(code, 'open')
    for (const successor of next.get(code) ?? []) visit(successor, [...trail, code])
    state.set(code, 'done')
  }
  for (const code of [...next.keys()].sort()) visit(code, [])
  return issues
}

import { describe, expect, it } from 'vitest'
import { isChisoError } from '../errors/chiso-error.js'
import { mapUnit } from './map-unit.js'
import { parseUnitRegistry } from './parse-registry.js'

// ILLUSTRATIVE units and events (made up; the shape of the 2025 reform: provinces merged, districts abolished).
const illustrative = {
  title: 'Illustrative registry (made-up units)',
  illustrative: true,
  units: [
    { code: 'tinh-a', name: 'Tỉnh A', level: 'province', validFrom: '2000-01-01', validTo: '2025-07-01' },
    { code: 'tinh-b', name: 'Tỉnh B', level: 'province', validFrom: '2000-01-01', validTo: '2025-07-01' },
    { code: 'tinh-c', name: 'Tỉnh C', level: 'province', validFrom: '2000-01-01' },
    { code: 'tinh-ab', name: 'Tỉnh AB', level: 'province', validFrom: '2025-07-01' },
    {
      code: 'huyen-x',
      name: 'Huyện X',
      level: 'district',
      validFrom: '2000-01-01',
      validTo: '2025-07-01',
      parent: 'tinh-c',
    },
    { code: 'xa-1', name: 'Xã 1', level: 'commune', validFrom: '2000-01-01', validTo: '2020-01-01' },
    { code: 'xa-1a', name: 'Xã 1A', level: 'commune', validFrom: '2020-01-01' },
    { code: 'xa-1b', name: 'Xã 1B', level: 'commune', validFrom: '2020-01-01', validTo: '2023-01-01' },
    { code: 'phuong-1b', name: 'Phường 1B', level: 'commune', validFrom: '2023-01-01' },
  ],
  events: [
    { date: '2020-01-01', kind: 'split', from: ['xa-1'], to: ['xa-1a', 'xa-1b'] },
    { date: '2023-01-01', kind: 'renamed', from: ['xa-1b'], to: ['phuong-1b'] },
    { date: '2025-07-01', kind: 'merged', from: ['tinh-a', 'tinh-b'], to: ['tinh-ab'] },
    { date: '2025-07-01', kind: 'abolished', from: ['huyen-x'] },
  ],
}

function issuesOf(input: unknown): string[] {
  try {
    parseUnitRegistry(input)
  } catch (error) {
    if (isChisoError(error))
      return error.issues.map((issue) => `${(issue.path ?? []).join('.')}: ${issue.message}`)
    throw error
  }
  return []
}

describe('parseUnitRegistry', () => {
  it('accepts a consistent registry', () => {
    expect(issuesOf(illustrative)).toEqual([])
  })

  it('finds overlapping validity, reversed periods and unexplained ends', () => {
    const units = [
      ...illustrative.units,
      { code: 'tinh-c', name: 'Tỉnh C', level: 'province', validFrom: '2010-01-01', validTo: '2005-01-01' },
    ]
    expect(issuesOf({ ...illustrative, units })).toEqual([
      'units.9.validTo: "tinh-c" ends (2005-01-01) before it starts (2010-01-01)',
      'units.9: "tinh-c" is valid 2010-01-01 – 2005-01-01 and also 2000-01-01 – (open) (units[2])',
      'units.9.validTo: "tinh-c" ends on 2005-01-01 but no event says what became of it (merged, split, renamed, abolished)',
    ])
  })

  it('finds dangling lineage, events of the wrong shape and dates that disagree', () => {
    const events = [
      ...illustrative.events,
      { date: '2025-07-01', kind: 'merged', from: ['tinh-c'], to: ['tinh-zz'] },
      { date: '2024-01-01', kind: 'renamed', from: ['tinh-ab'], to: ['tinh-c'] },
    ]
    expect(issuesOf({ ...illustrative, events })).toEqual([
      'events.4.kind: a merge joins at least two units into one: from 1, to 1',
      'events.4.from.0: "tinh-c" should end on 2025-07-01 (validTo), the day of this merged event',
      'events.4.to.0: no unit has code "tinh-zz"',
      'events.5.from.0: "tinh-ab" does not exist the day before 2024-01-01',
      'events.5.to.0: "tinh-c" should start on 2024-01-01 (validFrom), the day of this renamed event',
    ])
  })

  it('finds cycles in the lineage', () => {
    const registry = {
      units: [
        { code: 'p', name: 'P', level: 'x', validFrom: '2000-01-01', validTo: '2001-01-01' },
        { code: 'q', name: 'Q', level: 'x', validFrom: '2001-01-01', validTo: '2002-01-01' },
        { code: 'p', name: 'P', level: 'x', validFrom: '2002-01-01' },
      ],
      events: [
        { date: '2001-01-01', kind: 'renamed', from: ['p'], to: ['q'] },
        { date: '2002-01-01', kind: 'renamed', from: ['q'], to: ['p'] },
      ],
    }
    expect(issuesOf(registry)).toEqual(['events: the lineage has a cycle: p → q → p'])
  })
})

describe('mapUnit', () => {
  const registry = parseUnitRegistry(illustrative)

  it('maps a merged unit forward to its successor', () => {
    const mapped = mapUnit(registry, 'tinh-a', '2024', '2026')
    expect(mapped.codes).toEqual(['tinh-ab'])
    expect(mapped.events.map((event) => event.kind)).toEqual(['merged'])
  })

  it('maps a merged unit back to its predecessors', () => {
    expect(mapUnit(registry, 'tinh-ab', '2026', '2024').codes).toEqual(['tinh-a', 'tinh-b'])
  })

  it('gives no successor for an abolished unit, and the unit itself when nothing happened', () => {
    expect(mapUnit(registry, 'huyen-x', '2024', '2026')).toEqual({
      codes: [],
      events: [{ ...illustrative.events[3]!, to: [] }],
    })
    expect(mapUnit(registry, 'tinh-c', '2024', '2026')).toEqual({ codes: ['tinh-c'], events: [] })
  })

  it('follows a chain of events: a split, then a renaming', () => {
    const mapped = mapUnit(registry, 'xa-1', '2019', '2024')
    expect(mapped.codes).toEqual(['phuong-1b', 'xa-1a'])
    expect(mapped.events.map((event) => event.kind)).toEqual(['split', 'renamed'])
    expect(mapUnit(registry, 'xa-1', '2019', '2021').codes).toEqual(['xa-1a', 'xa-1b'])
    expect(mapUnit(registry, 'phuong-1b', '2024', '2019').codes).toEqual(['xa-1'])
  })

  it('takes exact days: before the merger the unit is still itself', () => {
    expect(mapUnit(registry, 'tinh-a', '2025-01-01', '2025-06-30').codes).toEqual(['tinh-a'])
    expect(mapUnit(registry, 'tinh-a', '2025-01-01', '2025-07-01').codes).toEqual(['tinh-ab'])
  })

  it('refuses a code that did not exist at the starting time', () => {
    expect(() => mapUnit(registry, 'tinh-ab', '2024', '2026')).toThrow(
      'the registry has no unit "tinh-ab" in 2024',
    )
  })
})

// Period labels a unit registry can place on its timeline: years and days, nothing else.
import { describe, expect, it } from 'vitest'
import { isChisoError } from '../errors/chiso-error.js'
import { mapUnit } from './map-unit.js'
import { parseUnitRegistry } from './parse-registry.js'
import { checkRegistryTime } from './registry-time.js'

// ILLUSTRATIVE registry (made up): two provinces merged on 2025-07-01.
const registry = parseUnitRegistry({
  units: [
    { code: 'tinh-a', name: 'Tỉnh A', level: 'province', validFrom: '2000-01-01', validTo: '2025-07-01' },
    { code: 'tinh-b', name: 'Tỉnh B', level: 'province', validFrom: '2000-01-01', validTo: '2025-07-01' },
    { code: 'tinh-ab', name: 'Tỉnh AB', level: 'province', validFrom: '2025-07-01' },
  ],
  events: [{ date: '2025-07-01', kind: 'merged', from: ['tinh-a', 'tinh-b'], to: ['tinh-ab'] }],
})

describe('periods on a registry timeline', () => {
  it.each(['2024', '2025-06-30', '2024-02-29'])('accepts %s', (time) => {
    expect(() => checkRegistryTime(time)).not.toThrow()
  })

  it.each(['2025-H1', 'đợt 1', 'Q3', '2023-02-29', '25'])('refuses %s with why and what to do', (time) => {
    try {
      mapUnit(registry, 'tinh-a', time, '2026')
      expect.unreachable()
    } catch (error) {
      expect(isChisoError(error) && error.code).toBe('INVALID_PANEL')
      expect((error as Error).message).toContain(`"${time}" names no day`)
      expect(isChisoError(error) && error.issues[0]?.hint).toMatch(/by year or by the day each one ends/)
    }
  })

  it('still follows the merger for years and days', () => {
    expect(mapUnit(registry, 'tinh-a', '2024', '2025-12-31').codes).toEqual(['tinh-ab'])
  })
})

// Properties of the canonical form and the fingerprint: idempotent, independent of key order, of how decimals
// are written and of defaults left implicit; the fingerprint changes whenever the methodology changes.

import { canonicalMethodology, explicitMethodology, fingerprint } from '@chiso/core'
import { compositeMethodologyArb, pointsMethodologyArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'
import { mutate, mutationsArb } from '../methodology-mutations.js'

const methodologyArb = fc.oneof(pointsMethodologyArb(), compositeMethodologyArb())

/** The same data with every object's keys in an order given by `seed`. */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reorderKeys(item, seed + i))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!)
  if (seed % 2 === 1) rotated.reverse()
  return Object.fromEntries(rotated.map(([key, member]) => [key, reorderKeys(member, seed * 7 + 3)]))
}

/** The same data with decimal strings written as YAML or a person might: numbers, trailing zeros. */
function rewriteDecimals(value: unknown, asNumber: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteDecimals(item, asNumber))
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) && value.length < 12) {
      return asNumber ? Number(value) : value.includes('.') ? `${value}00` : `${value}.0`
    }
    return value
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      // codes and versions are text, not decimals
      key === 'code' || key === 'version' || key === 'id' ? member : rewriteDecimals(member, asNumber),
    ]),
  )
}

/** Structural equality, independent of key order (what "the same methodology" means). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

describe('canonical form', () => {
  test.prop([methodologyArb], propertyRuns(100))('is idempotent', (m) => {
    const once = canonicalMethodology(m)
    expect(canonicalMethodology(JSON.parse(once))).toBe(once)
  })

  test.prop([methodologyArb, fc.nat(50)], propertyRuns(100))('does not depend on key order', (m, seed) => {
    expect(canonicalMethodology(reorderKeys(m, seed))).toBe(canonicalMethodology(m))
  })

  test.prop([methodologyArb, fc.boolean()], propertyRuns(100))(
    'does not depend on how decimals are written (YAML numbers, trailing zeros)',
    (m, asNumber) => {
      expect(canonicalMethodology(rewriteDecimals(m, asNumber))).toBe(canonicalMethodology(m))
    },
  )

  test.prop([methodologyArb], propertyRuns(100))(
    'does not depend on defaults being written out or left implicit',
    (m) => {
      expect(canonicalMethodology(explicitMethodology(m))).toBe(canonicalMethodology(m))
    },
  )
})

describe('fingerprint', () => {
  test.prop([methodologyArb, mutationsArb(3)], propertyRuns(100))(
    'changes whenever the explicit methodology changes, and never otherwise',
    (m, mutations) => {
      const edited = mutate(m, mutations)
      const changed = !deepEqual(explicitMethodology(edited), explicitMethodology(m))
      expect(fingerprint(edited) !== fingerprint(m)).toBe(changed)
    },
  )

  test.prop([methodologyArb, fc.nat(50)], propertyRuns(100))(
    'ignores the editor-only $schema key and key order',
    (m, seed) => {
      const withSchema = {
        $schema: 'https://example.org/methodology.schema.json',
        ...(reorderKeys(m, seed) as object),
      }
      expect(fingerprint(withSchema)).toBe(fingerprint(m))
    },
  )
})

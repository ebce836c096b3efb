// The canonical form (and so the fingerprint) of a methodology does not depend on whether its file is YAML or
// JSON, nor on how the YAML writes its numbers: the same methodology read from both gives the same text.

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { canonicalMethodology, fingerprint } from '@chiso/core'
import { compositeMethodologyArb, pointsMethodologyArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'
import { stringify } from 'yaml'
import { readDocument } from '../src/index.js'

const dir = mkdtempSync(join(tmpdir(), 'chiso-canonical-'))
const methodologyArb = fc.oneof(pointsMethodologyArb(), compositeMethodologyArb())

/** Decimal strings written as YAML numbers where a number holds them exactly, as a person would type them. */
function asYamlNumbers(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => asYamlNumbers(item))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asYamlNumbers(v, k)]))
  }
  if (
    typeof value === 'string' &&
    ['max', 'weight', 'atLeast', 'scale'].includes(key) &&
    String(Number(value)) === value
  ) {
    return Number(value)
  }
  return value
}

describe('canonical form across file formats', () => {
  test.prop([methodologyArb, fc.boolean()], propertyRuns(100))(
    'YAML and JSON files of one methodology give the same canonical form and fingerprint',
    (methodology, numbers) => {
      const yamlFile = join(dir, 'm.yaml')
      const jsonFile = join(dir, 'm.json')
      writeFileSync(yamlFile, stringify(numbers ? asYamlNumbers(methodology) : methodology))
      writeFileSync(jsonFile, JSON.stringify(methodology, null, 2))
      const fromYaml = readDocument(yamlFile, dir).value
      const fromJson = readDocument(jsonFile, dir).value
      expect(canonicalMethodology(fromYaml)).toBe(canonicalMethodology(fromJson))
      expect(fingerprint(fromYaml)).toBe(fingerprint(methodology))
    },
  )
})

// Fuzz: the CLI's methodology loading (YAML or JSON file → parse → compile) on mutated files: text edits that
// break the syntax, documents whose values are mutated, alias bombs and self-referencing aliases, invalid UTF-8.
// Every refusal must be a located ChisoError; nothing else may escape.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveMethodology } from '@chiso/core'
import {
  byteMutationsArb,
  fuzzTally,
  fuzzTimeout,
  jsonMutationsArb,
  mutateBytes,
  mutateJson,
  mutateText,
  propertyRuns,
  textMutationsArb,
} from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { afterAll, describe, expect } from 'vitest'
import { stringify } from 'yaml'
import { loadMethodology } from '../../src/commands/load-methodology.js'
import { expectLocatedError } from './expect-input-error.js'

const parameters = propertyRuns(200)
const tally = fuzzTally('methodology files')
const directory = mkdtempSync(join(tmpdir(), 'chiso-fuzz-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const root = new URL('../../../../', import.meta.url)
const yamlSeeds = [
  'examples/pci-2021/pci.methodology.yaml',
  'examples/district-cchc/district.methodology.yaml',
  'examples/publish-methodology/cchc-2026.methodology.yaml',
  'packages/cli/test/fixtures/points.methodology.yaml',
  'packages/cli/test/fixtures/aliases.methodology.yaml',
].map((path) => readFileSync(new URL(path, root), 'utf8'))
const documents = ['pci@2014', 'service-index.766@2022'].map((reference) => resolveMethodology(reference))

/** Alias tricks no generic mutation builds: a list that contains itself, and an exponential alias bomb. */
const ALIAS_ATTACKS = [
  'id: x\nversion: 1.0.0\ntitle: t\nresult: { type: points }\ntree: &t\n  - code: a\n    title: a\n    children: *t\n',
  `id: x\nversion: 1.0.0\ntitle: t\nresult: { type: points }\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from(
    { length: 9 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
  ).join('\n')}\ntree: []\n`,
]

const fileArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...yamlSeeds), textMutationsArb())
    .map(([text, edits]) => ({ name: 'm.methodology.yaml', bytes: utf8(mutateText(text, edits)) })),
  fc
    .tuple(fc.constantFrom(...documents), jsonMutationsArb({ cycles: false }), fc.boolean())
    .map(([document, edits, asYaml]) => {
      const value = mutateJson(document, edits)
      const json = jsonText(value)
      return asYaml
        ? { name: 'm.methodology.yml', bytes: utf8(yamlText(value) ?? json) }
        : { name: 'm.methodology.json', bytes: utf8(json) }
    }),
  fc.tuple(fc.constantFrom(...documents), textMutationsArb()).map(([document, edits]) => ({
    name: 'm.methodology.json',
    bytes: utf8(mutateText(JSON.stringify(document, null, 2), edits)),
  })),
  fc
    .tuple(fc.constantFrom(...yamlSeeds), byteMutationsArb())
    .map(([text, edits]) => ({ name: 'm.methodology.yaml', bytes: mutateBytes(utf8(text), edits) })),
  fc.constantFrom(...ALIAS_ATTACKS).map((text) => ({ name: 'm.methodology.yaml', bytes: utf8(text) })),
)

describe('methodology file fuzz (CLI)', () => {
  test.prop([fileArb], parameters)(
    `loading a methodology file fails only with located ChisoErrors (${parameters.numRuns} cases)`,
    ({ name, bytes }) => {
      tally('case')
      writeFileSync(join(directory, name), bytes)
      try {
        const compiled = loadMethodology(name, directory)
        expect(compiled.fingerprint).toMatch(/^sha256:/)
        tally('compiled')
      } catch (error) {
        expectLocatedError(error, name)
        tally('refused')
      }
    },
    fuzzTimeout(parameters, 60),
  )
})

// Writers recurse: a document nested thousands of levels deep is written by hand, as deep as it was meant to be.
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value, null, 1) ?? ''
  } catch {
    return `{"id":"x","version":"1.0.0","title":"t","result":{"type":"points"},"tree":${'[{"code":"a","title":"a","children":'.repeat(3_000)}[]${'}]'.repeat(3_000)}}`
  }
}

// The YAML writer recurses: a document thousands of levels deep is written as JSON (also valid YAML) instead.
function yamlText(value: unknown): string | undefined {
  try {
    return stringify(value)
  } catch {
    return undefined
  }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

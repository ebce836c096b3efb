// Fuzz: the CLI's dataset loading (CSV, or JSON/YAML in the dataset format) on mutated files: text edits that
// break the syntax or the values, byte edits that break the encoding. A refusal — rejected cells included — is a
// located ChisoError; a dataset read has distinct unit codes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  byteMutationsArb,
  fuzzTally,
  fuzzTimeout,
  mutateBytes,
  mutateText,
  propertyRuns,
  textMutationsArb,
} from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { afterAll, describe, expect } from 'vitest'
import { readDataset } from '../../src/io/read-dataset.js'
import { FIXTURES } from '../helpers.js'
import { expectLocatedError } from './expect-input-error.js'

const parameters = propertyRuns(200)
const tally = fuzzTally('dataset files')
const directory = mkdtempSync(join(tmpdir(), 'chiso-fuzz-data-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const seeds = [
  { name: 'd.csv', text: readFileSync(join(FIXTURES, 'points.csv'), 'utf8') },
  { name: 'd.csv', text: readFileSync(join(FIXTURES, 'composite.csv'), 'utf8') },
  { name: 'd.csv', text: readFileSync(join(FIXTURES, 'points-semicolon.csv'), 'utf8') },
  { name: 'd.json', text: readFileSync(join(FIXTURES, 'points.dataset.json'), 'utf8') },
  { name: 'd.yaml', text: readFileSync(join(FIXTURES, 'points.dataset.json'), 'utf8') },
]

const fileArb = fc.oneof(
  fc.tuple(fc.constantFrom(...seeds), textMutationsArb()).map(([seed, edits]) => ({
    name: seed.name,
    bytes: new TextEncoder().encode(mutateText(seed.text, edits)),
  })),
  fc.tuple(fc.constantFrom(...seeds), byteMutationsArb()).map(([seed, edits]) => ({
    name: seed.name,
    bytes: mutateBytes(new TextEncoder().encode(seed.text), edits),
  })),
)

describe('dataset file fuzz (CLI)', () => {
  test.prop([fileArb], parameters)(
    `loading a dataset file fails only with located ChisoErrors (${parameters.numRuns} cases)`,
    ({ name, bytes }) => {
      tally('case')
      writeFileSync(join(directory, name), bytes)
      try {
        const dataset = readDataset(name, directory)
        expect(new Set(dataset.units.map((unit) => unit.code)).size).toBe(dataset.units.length)
        tally('read')
      } catch (error) {
        expectLocatedError(error, name)
        tally('refused')
      }
    },
    fuzzTimeout(parameters, 30),
  )
})

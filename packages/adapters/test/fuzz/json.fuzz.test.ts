// Fuzz: readDatasetJson on dataset files built from generated datasets, then broken — text edits that break
// the JSON, and value edits (wrong types, missing and extra fields, duplicate units, hostile numbers). A file
// that cannot be read is an ChisoError whose problems name the file and the JSON path; a file that can is
// read whole (every observation in the file is in the dataset and counted as used).

import type { ChisoError } from '@chiso/core'
import { datasetArb, pointsMethodologyArb } from '@chiso/sdk/testing'
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
import { describe, expect } from 'vitest'
import { readDatasetJson, writeDatasetJson } from '../../src/json/dataset-json.js'
import { expectLocatedImportFailure } from './oracle.js'

const parameters = propertyRuns(300)
const tally = fuzzTally('json')
const FILE = 'du-lieu.json'

const textArb = pointsMethodologyArb({ maxDepth: 2, maxChildren: 3 })
  .chain((methodology) => datasetArb(methodology, { units: { min: 0, max: 5 } }))
  .chain((dataset) =>
    fc.oneof(
      fc.constant(writeDatasetJson(dataset)),
      textMutationsArb().map((edits) => mutateText(writeDatasetJson(dataset), edits)),
      jsonMutationsArb({ cycles: false }).map((edits) => JSON.stringify(mutateJson(dataset, edits)) ?? ''),
    ),
  )

const inputArb = fc.oneof(
  { arbitrary: textArb, weight: 4 },
  {
    arbitrary: fc
      .tuple(textArb, byteMutationsArb())
      .map(([text, edits]) => mutateBytes(new TextEncoder().encode(text), edits)),
    weight: 1,
  },
)

describe('JSON dataset reader fuzz', () => {
  test.prop([inputArb], parameters)(
    `readDatasetJson fails only with located ChisoErrors and reads every observation (${parameters.numRuns} cases)`,
    (input) => {
      tally('case')
      let result: ReturnType<typeof readDatasetJson>
      try {
        result = readDatasetJson(input, { file: FILE })
      } catch (error) {
        expectLocatedImportFailure(error, FILE)
        const problems = (error as ChisoError).issues
        // Schema problems name the JSON path of the fault.
        for (const problem of problems)
          if (problem.code === 'INVALID_DATASET') expect(Array.isArray(problem.path)).toBe(true)
        tally(`refused (${problems[0]?.code})`)
        return
      }
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
      const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { observations: unknown[] }
      expect(result.dataset.observations.length).toBe(raw.observations.length)
      expect(result.report.cells).toEqual({
        total: raw.observations.length,
        used: raw.observations.length,
        ignored: 0,
        rejected: 0,
      })
      tally('read')
    },
    fuzzTimeout(parameters, 20),
  )
})

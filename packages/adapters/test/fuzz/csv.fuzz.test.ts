// Fuzz: readCsv on generated CSV files — wide and long grids of plausible and hostile cells, written with any
// delimiter, quoting, line ending and encoding (UTF-8, BOM, UTF-16), ragged rows, byte corruption and plain
// random bytes. A file that cannot be read is a located ChisoError; a file that can is read with every cell
// accounted for (used + ignored + rejected = total, each cell exactly one of them).

import * as core from '@chiso/core'
import { type ChisoError, createEngine } from '@chiso/core'
import {
  byteMutationsArb,
  chisoOracle,
  fuzzTally,
  fuzzTimeout,
  mutateBytes,
  propertyRuns,
} from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseCsvTable } from '../../src/csv/parse-csv-table.js'
import { readCsv } from '../../src/csv/read-csv.js'
import { cellFate } from '../../src/report/import-report.js'
import { decodeText } from '../../src/text/decode-text.js'
import { csvStyleArb, encodeCsv } from './csv-encoding.js'
import { LEAVES, longGridArb, raggedArb, wideGridArb } from './grid-arbs.js'
import { expectEveryCellAccounted, expectLocatedImportFailure } from './oracle.js'

const { chisoOrResult, expectWellFormedScorecard } = chisoOracle(core)

const parameters = propertyRuns(300)
const tally = fuzzTally('csv')
const FILE = 'du-lieu.csv'
/** An illustrative composite over the generated leaf codes: every value counts, none is out of range. */
const compiledLeaves = createEngine().compile({
  id: 'fuzz.csv',
  version: '1.0.0',
  title: 'Illustrative composite over the fuzz leaves',
  status: 'illustrative',
  result: { type: 'composite' },
  tree: LEAVES.map((code) => ({ code, title: code, rule: { use: 'chiso/value' } })),
})

const bytesArb = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.oneof(wideGridArb, longGridArb), csvStyleArb)
      .map(([grid, style]) => encodeCsv(grid, style)),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.oneof(wideGridArb, longGridArb).chain(raggedArb), csvStyleArb)
      .map(([grid, style]) => encodeCsv(grid, style)),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(wideGridArb, csvStyleArb, byteMutationsArb())
      .map(([grid, style, edits]) => mutateBytes(encodeCsv(grid, style), edits)),
    weight: 2,
  },
  { arbitrary: fc.uint8Array({ maxLength: 400 }), weight: 1 },
)

const optionsArb = fc.record({
  mapping: fc.constantFrom(
    {},
    {},
    { orientation: 'columns' as const },
    { format: 'long' as const },
    { format: 'wide' as const },
    { decimal: ',' as const },
  ),
  leaves: fc.boolean(),
})

describe('CSV reader fuzz', () => {
  test.prop([bytesArb, optionsArb], parameters)(
    `readCsv fails only with located ChisoErrors and accounts for every cell (${parameters.numRuns} cases)`,
    (bytes, { mapping, leaves }) => {
      tally('case')
      let result: ReturnType<typeof readCsv>
      try {
        result = readCsv(bytes, { file: FILE, mapping, ...(leaves ? { leaves: new Set(LEAVES) } : {}) })
      } catch (error) {
        expectLocatedImportFailure(error, FILE)
        tally(`refused (${(error as ChisoError).issues[0]?.code})`)
        return
      }
      const { report, dataset } = result
      tally(report.rejected.length > 0 ? `read with rejects (${report.format})` : `read (${report.format})`)
      // The same table the reader saw, to check the fate of each of its cells.
      const text = decodeText(bytes, FILE).text
      const delimiter = report.delimiter as ',' | ';' | '\t' | '|'
      const { table } = parseCsvTable(text, { file: FILE, delimiter })
      // The report is in the file's coordinates, whichever way the units run.
      expectEveryCellAccounted(table, report)
      // Every observation came from a used cell, and every unit is listed once.
      expect(new Set(dataset.units.map((u) => u.code)).size).toBe(dataset.units.length)
      expect(dataset.observations.length).toBe(report.observations)
      for (const o of dataset.observations)
        expect(cellFate(report, o.origin!.row!, o.origin!.column as number)).toBe('used')
      // Rejected cells name the unit they belonged to, when their row names one; that unit is still scored,
      // with the rest of its cells.
      const units = new Set(dataset.units.map((u) => u.code))
      for (const cell of report.rejected) if (cell.unit !== undefined) expect(units.has(cell.unit)).toBe(true)
      const card = chisoOrResult(() => compiledLeaves.evaluate(dataset))
      if (card) expectWellFormedScorecard(card, [...units])
    },
    fuzzTimeout(parameters, 20),
  )
})

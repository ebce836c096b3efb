// Fuzz: importCoinr on COINr's ASEM tables with mutated cells — hostile weights and directions, parents that
// do not exist or form cycles, duplicate and invalid codes, unknown types, levels — and text edits of either
// file. A refusal is a located ChisoError; an import keeps every indicator of iMeta as a leaf (none silently
// dropped), accounts for every data cell, builds a methodology that compiles, and scores or fails with a ChisoError.
import * as core from '@chiso/core'
import { type ChisoError, createEngine } from '@chiso/core'
import {
  chisoOracle,
  fuzzTally,
  fuzzTimeout,
  hostileNumberArb,
  mutateText,
  propertyRuns,
  textMutationsArb,
} from '@chiso/test-support'
import { asemFile } from '@chiso/test-support/asem'
import { fc, test } from '@fast-check/vitest'
import { parse } from 'csv-parse/sync'
import { describe, expect } from 'vitest'
import { importCoinr } from '../../src/coinr/import-coinr.js'
import { expectLocatedImportFailure } from './oracle.js'

const { chisoOrResult, expectWellFormedScorecard } = chisoOracle(core)

const parameters = propertyRuns(60)
const tally = fuzzTally('coinr')
const engine = createEngine()
const fixture = asemFile
const META = parse(fixture('asem_iMeta.csv')) as string[][]
const DATA = fixture('asem_iData.csv')
const COLUMNS = ['Level', 'iCode', 'Direction', 'Weight', 'Parent', 'Type']

const cellEditArb = fc.record({
  row: fc.integer({ min: 1, max: META.length - 1 }),
  column: fc.constantFrom(...COLUMNS),
  value: fc.oneof(
    hostileNumberArb.map(String),
    fc.constantFrom(
      '',
      'NA',
      'Index',
      'Physical',
      'LPI',
      'Aggregate',
      'Indicator',
      'Group',
      'Denominator',
      'x y',
      '-1',
      '0',
    ),
    // A parent taken from another row: sometimes its own child, which makes a cycle.
    fc.integer({ min: 1, max: META.length - 1 }).map((r) => META[r]![1]!),
  ),
})

const metaArb = fc.oneof(
  { arbitrary: fc.array(cellEditArb, { minLength: 1, maxLength: 4 }).map(editMeta), weight: 3 },
  { arbitrary: textMutationsArb().map((edits) => mutateText(writeMeta(META), edits)), weight: 1 },
)
const dataArb = fc.oneof(
  { arbitrary: fc.constant(DATA), weight: 3 },
  { arbitrary: textMutationsArb().map((edits) => mutateText(DATA, edits)), weight: 1 },
)

describe('COINr importer fuzz', () => {
  test.prop([metaArb, dataArb], parameters)(
    `importCoinr fails only with located ChisoErrors, drops no indicator and builds methodologies that compile (${parameters.numRuns} cases)`,
    (meta, data) => {
      tally('case')
      let imported: ReturnType<typeof importCoinr>
      try {
        imported = importCoinr(meta, data)
      } catch (error) {
        expectLocatedImportFailure(error, (error as ChisoError).issues[0]?.file ?? '')
        expect(['iMeta.csv', 'iData.csv']).toContain((error as ChisoError).issues[0]?.file)
        tally(`refused (${(error as ChisoError).issues[0]?.code})`)
        return
      }
      const { methodology, dataset, report } = imported
      const indicators = (
        parse(meta, { columns: true, relax_column_count: true }) as Array<Record<string, string>>
      )
        .filter((row) => (row.Type ?? '').trim().toLowerCase() === 'indicator')
        .map((row) => (row.iCode ?? '').trim())
      expect(new Set(leafCodes(methodology.tree))).toEqual(new Set(indicators))
      expect(report.cells.used + report.cells.ignored + report.cells.rejected).toBe(report.cells.total)
      // What the importer builds from a table it accepted compiles: its faults are the table's, found at its rows.
      const compiled = engine.compile(methodology)
      const card = compiled && chisoOrResult(() => compiled.evaluate(dataset))
      if (card)
        expectWellFormedScorecard(
          card,
          dataset.units.map((u) => u.code),
        )
      tally(card ? 'imported and scored' : 'imported, data refused')
    },
    fuzzTimeout(parameters, 100),
  )
})

function editMeta(edits: ReadonlyArray<{ row: number; column: string; value: string }>): string {
  const rows = META.map((row) => [...row])
  const header = rows[0]!
  for (const edit of edits) rows[edit.row]![header.indexOf(edit.column)] = edit.value
  return writeMeta(rows)
}

// Every cell quoted, nothing neutralised: the file as R's write.csv writes it.
function writeMeta(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n')
}

type TreeNode = { code: string; children?: TreeNode[] }
function leafCodes(tree: ReadonlyArray<TreeNode>): string[] {
  return tree.flatMap((node) => (node.children ? leafCodes(node.children) : [node.code]))
}

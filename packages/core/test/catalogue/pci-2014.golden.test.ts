// Golden test: pci@2014.0.0 from the catalogue reproduces the published PCI 2021 composites and ranks from the
// published sub-indices. Inputs and expected values are the published table (pcivietnam.vn) as copied into
// examples/pci-2021 with its source comment; nothing expected is written in this file.
import { describe, expect, it } from 'vitest'
import subIndices from '../../../../examples/pci-2021/pci-2021.csv?raw'
import published from '../../../../examples/pci-2021/pci-2021.published.csv?raw'
import { createEngine, dec, resolveMethodology } from '../../src/index.js'
import { readCsvRecords } from './read-csv.js'

const rows = readCsvRecords(subIndices)
const expected = readCsvRecords(published)
// The derived weights reproduce the published composites up to their 2-decimal display rounding (FACTS.md).
const TOLERANCE = '0.03'

describe('pci@2014.0.0 — PCI 2021 (golden)', () => {
  const methodology = resolveMethodology('pci@2014')
  const leaves = methodology.tree.map((node) => node.code)
  const dataset = {
    units: rows.map((row) => ({ code: row.unit!, name: row.name! })),
    observations: rows.flatMap((row) => leaves.map((node) => ({ unit: row.unit!, node, value: row[node]! }))),
  }
  const card = createEngine().compile(methodology).evaluate(dataset)
  const byUnit = new Map(card.units.map((unit) => [unit.unit, unit]))

  it('uses the leaf codes of the published table, every one of them', () => {
    expect(Object.keys(rows[0]!).filter((column) => column !== 'unit' && column !== 'name')).toEqual(leaves)
    expect(card.diagnostics).toEqual([])
    expect(expected).toHaveLength(21)
  })

  it.each(expected)('$unit: composite within ±0.03 of the published $pci_score', (row) => {
    const unit = byUnit.get(row.unit!)!
    const difference = dec(unit.index!).minus(row.pci_score!).abs()
    expect(difference.lte(TOLERANCE), `${row.unit}: computed ${unit.index}, published ${row.pci_score}`).toBe(
      true,
    )
  })

  it.each(expected)('$unit: published rank $pci_rank', (row) => {
    expect(byUnit.get(row.unit!)?.rank).toBe(Number(row.pci_rank))
  })
})

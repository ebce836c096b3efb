// Golden test: PCI 2021 composites recomputed from the published sub-indices with the derived weights.
// Expected values come from pci-2021.published.csv (copied from pcivietnam.vn), never from this file.
import { fileURLToPath } from 'node:url'
import { createEngine, dec, parseMethodology } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { readMethodology, readRecords, readWideCsv } from './load.js'

const file = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url))

const methodology = readMethodology(file('pci.methodology.yaml'))
const dataset = readWideCsv(file('pci-2021.csv'))
const published = readRecords(file('pci-2021.published.csv'))

// The weights reproduce the published composites only up to their 2-decimal display rounding (FACTS.md).
const TOLERANCE = '0.03'

describe('PCI 2021 (examples/pci-2021)', () => {
  const compiled = createEngine().compile(methodology)
  const scorecard = compiled.evaluate(dataset)
  const byUnit = new Map(scorecard.units.map((unit) => [unit.unit, unit]))

  it('encodes the ten sub-indices with weights 20/20/20/10/5×6', () => {
    const parsed = parseMethodology(methodology)
    expect(parsed.status).toBe('official')
    expect(parsed.coverage).toBe('components')
    expect(parsed.bands).toEqual([])
    const weights = Object.fromEntries(parsed.tree.map((node) => [node.code, node.weight]))
    expect(weights).toEqual({
      entry_costs: '5',
      access_to_land: '5',
      transparency: '20',
      time_costs: '5',
      informal_charges: '10',
      policy_bias: '5',
      proactivity: '5',
      business_support: '20',
      labor_policy: '20',
      law_and_order: '5',
    })
  })

  it('has a published row for every unit of the dataset, and no data problem', () => {
    expect(published.map((row) => row.unit).sort()).toEqual(dataset.units.map((unit) => unit.code).sort())
    expect(scorecard.units).toHaveLength(published.length)
    expect(scorecard.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it.each(published)('$unit: composite within ±0.03 of the published $pci_score', (row) => {
    const unit = byUnit.get(row.unit!)
    expect(unit?.index).toBeTypeOf('string')
    const difference = dec(unit!.index!).minus(row.pci_score!).abs()
    expect(
      difference.lte(TOLERANCE),
      `${row.unit}: computed ${unit!.index}, published ${row.pci_score}`,
    ).toBe(true)
  })

  it.each(published)('$unit: reproduces the published rank $pci_rank', (row) => {
    expect(byUnit.get(row.unit!)?.rank).toBe(Number(row.pci_rank))
  })
})

// Golden test: par-index.province@2022.0.0 and Ninh Thuận's published PAR INDEX 2022.
//
// PUBLISHED (fixtures/par-index-2022-ninh-thuan.csv, from sonv.ninhthuan.gov.vn): appraisal 54.2 of 61.5
// (88.13 %), impact 31.59 of 38.5 (82.05 %) = SIPAS 8.23 + leaders and managers survey 18.05 + socio-economic
// development 5.31; total 85.78 of 100.
//
// The published components add up to 85.79, not 85.78: they are displayed rounded, and the total is computed
// from the unrounded parts and rounded once (FACTS.md). The unrounded parts are not published. The values in
// RECONSTRUCTED below are NOT published: they are one choice of unrounded components consistent with every
// published number (each rounds to its published component, the two percentages and the total). They show that
// chiso reproduces 85.78 when it is given what the ministry computed with, and 85.79 when it is given rounded
// parts — which is why components must not be rounded before summing.
import { describe, expect, it } from 'vitest'
import { createEngine, dec, formatFixed, resolveMethodology } from '../../src/index.js'
import fixture from '../fixtures/par-index-2022-ninh-thuan.csv?raw'
import { readCsvRecords } from './read-csv.js'

const rows = new Map(readCsvRecords(fixture).map((row) => [row.component!.split(' (')[0]!, row]))
const published = (component: string) => rows.get(component)!

/** Fixture component → catalogue node. */
const NODES: Record<string, string> = {
  appraisal: 'appraisal',
  'impact of PAR': 'impact',
  'impact.SIPAS': 'impact.sipas',
  'impact.leaders_managers_survey': 'impact.leaders_managers_survey',
  'impact.socio_economic_development': 'impact.socio_economic_development',
}
const LEAVES = [
  'appraisal',
  'impact.SIPAS',
  'impact.leaders_managers_survey',
  'impact.socio_economic_development',
]

/** NOT published: unrounded leaf values chosen to be consistent with every published figure. */
const RECONSTRUCTED: Record<string, string> = {
  appraisal: '54.197',
  'impact.SIPAS': '8.228',
  'impact.leaders_managers_survey': '18.0485',
  'impact.socio_economic_development': '5.311',
}

const methodology = resolveMethodology('par-index.province@2022')
const compiled = createEngine().compile(methodology)
const score = (values: Record<string, string>) =>
  compiled.evaluate({
    units: [{ code: 'ninh-thuan', name: 'Ninh Thuận' }],
    observations: LEAVES.map((component) => ({
      unit: 'ninh-thuan',
      node: NODES[component]!,
      value: values[component]!,
    })),
  }).units[0]!
const round2 = (value: string) => formatFixed(dec(value), 2, 'half-up')

describe('par-index.province@2022.0.0 — Ninh Thuận 2022 (golden)', () => {
  it('has the published maxima: appraisal 61.5, impact 38.5 = 10 + 22 + 6.5, total 100', () => {
    const card = score(RECONSTRUCTED)
    for (const [component, node] of Object.entries(NODES)) {
      expect(card.nodes[node]?.max, component).toBe(published(component).max)
    }
    expect(card.max).toBe(published('total').max)
  })

  it('summing the published (rounded) components gives 85.79, not the published 85.78', () => {
    const fromRounded = score(Object.fromEntries(LEAVES.map((c) => [c, published(c).score!])))
    const sumOfRounded = LEAVES.reduce((total, c) => total.plus(published(c).score!), dec(0))
    expect(fromRounded.indexDisplay).toBe(round2(sumOfRounded.toFixed())) // 85.79
    expect(fromRounded.indexDisplay).not.toBe(round2(published('total').score!)) // 85.78
  })

  it('the reconstruction is consistent with every published component and percentage', () => {
    const card = score(RECONSTRUCTED)
    for (const [component, node] of Object.entries(NODES)) {
      const row = published(component)
      expect(round2(card.nodes[node]!.score!), component).toBe(round2(row.score!))
      if (row.pct_reported)
        expect(round2(card.nodes[node]!.index!), `${component} %`).toBe(round2(row.pct_reported))
    }
  })

  it('from unrounded components the total is the published 85.78, band B', () => {
    const card = score(RECONSTRUCTED)
    // the exact sum of the reconstructed parts (85.7845), never rounded on the way
    expect(card.score).toBe(LEAVES.reduce((total, c) => total.plus(RECONSTRUCTED[c]!), dec(0)).toFixed())
    expect(card.indexDisplay).toBe(round2(published('total').score!))
    expect(card.band).toBe('B')
  })
})

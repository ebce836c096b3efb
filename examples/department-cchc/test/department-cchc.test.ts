// The ILLUSTRATIVE department CCHC example reproduces one published pattern: Thanh Hóa 2023, Ban Dân tộc scored
// 68.32 points of a maximum of 84 (criteria that do not apply removed) = 81.33 %.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readDataset, readDocument } from '@chiso/cli'
import { createEngine, parseMethodology } from '@chiso/core'
import { describe, expect, it } from 'vitest'

const folder = fileURLToPath(new URL('..', import.meta.url))
const methodology = parseMethodology(readDocument('department.methodology.yaml', folder).value)
const dataset = readDataset('departments-2023.synthetic.csv', folder)
const scorecard = createEngine().compile(methodology).evaluate(dataset)

describe('department CCHC (illustrative)', () => {
  it('says it is illustrative in its metadata and on its first line', () => {
    expect(methodology.status).toBe('illustrative')
    expect(JSON.stringify(methodology.description)).toMatch(/ILLUSTRATIVE/)
    expect(readFileSync(`${folder}department.methodology.yaml`, 'utf8').split('\n')[0]).toMatch(
      /^# ILLUSTRATIVE methodology/,
    )
  })

  it('gives Ban Dân tộc 68.32 points of a maximum of 84: 81.33 %', () => {
    const unit = scorecard.units.find((u) => u.unit === 'ban-dan-toc')!
    expect(unit.score).toBe('68.32')
    expect(unit.max).toBe('84')
    expect(unit.indexDisplay).toBe('81.33')
    expect(unit.nodes['3.3']?.status).toBe('na')
    expect(unit.nodes['4.2']?.status).toBe('na')
  })

  it('ranks the 20 departments within their group', () => {
    expect(methodology.ranking?.within).toBe('group')
    expect(scorecard.units).toHaveLength(20)
    expect(scorecard.units.every((u) => u.group === 'so-ban-nganh')).toBe(true)
    expect(scorecard.units.map((u) => u.groupRank).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
  })
})

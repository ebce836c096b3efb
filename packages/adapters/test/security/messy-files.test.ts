// The shared corpus of messy files (packages/test-support): each read gives exactly what the corpus says, and
// every cell is accounted for.
import { isChisoError } from '@chiso/core'
import { MESSY_FILES } from '@chiso/test-support'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/csv/read-csv.js'
import type { ImportMapping } from '../../src/mapping/mapping.js'

describe('the messy-file corpus', () => {
  it.each(MESSY_FILES.map((file) => [file.name, file] as const))('%s', (_name, file) => {
    const read = () =>
      readCsv(file.text, {
        file: 'd.csv',
        leaves: new Set(['1.1']),
        ...(file.mapping ? { mapping: file.mapping as ImportMapping } : {}),
      })
    if (file.units === 'refused') {
      let error: unknown
      try {
        read()
      } catch (thrown) {
        error = thrown
      }
      expect(isChisoError(error) && error.issues[0]?.row).toBeGreaterThan(0)
      return
    }
    const { dataset, report } = read()
    expect(dataset.units.map((unit) => unit.code)).toEqual(file.units)
    expect(report.rejected).toHaveLength(file.rejected.length)
    file.rejected.forEach((expected, i) => {
      const [place, ...fragment] = expected.split(' ')
      const cell = report.rejected[i]
      expect(`${cell?.row}:${cell?.column}`).toBe(place)
      expect(cell?.reason).toContain(fragment.join(' '))
    })
    expect(report.cells.total).toBe(report.cells.used + report.cells.ignored + report.cells.rejected)
  })
})

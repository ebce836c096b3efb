import { type CodedReason, codedReason, type ReasonCode, withReasonCode } from '@chiso/adapters'
import { readCsv } from '@chiso/adapters/csv'
import type { ChisoIssue } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { formatIssueIn } from '../format/chiso-error.js'
import { IMPORT_REASON_MESSAGES } from './import-reasons.js'

// One small table that meets every coded reason: a header that is no leaf code, a leaf the methodology lacks, a
// column without a header (with a value in it), a cell that is not a number, a row without a unit code and a
// duplicate unit.
const CSV = ['unit,1.1,Ghi chú,9.9,', 'ha-noi,7.5,x,1,', 'hue,abc,,2,lạc', ',3,,,', 'ha-noi,4,,,'].join('\n')

function codedEntries(): Array<{ reason: string; coded: CodedReason }> {
  const { report } = readCsv(CSV, { file: 'd.csv', leaves: new Set(['1.1']) })
  return [...report.ignored, ...report.rejected].flatMap((entry) => {
    const coded = codedReason(entry)
    return coded === undefined ? [] : [{ reason: entry.reason, coded }]
  })
}

describe('IMPORT_REASON_MESSAGES', () => {
  const entries = codedEntries()
  const codes = Object.keys(IMPORT_REASON_MESSAGES.en) as ReasonCode[]

  it.each(codes)('%s: the English sentence is the adapters’ reason, word for word', (code) => {
    const met = entries.filter((entry) => entry.coded.code === code)
    expect(met.length).toBeGreaterThan(0)
    for (const { reason, coded } of met) expect(IMPORT_REASON_MESSAGES.en[code](coded.params)).toBe(reason)
  })

  it.each(codes)('%s: the Vietnamese sentence names the same values', (code) => {
    for (const { coded } of entries.filter((entry) => entry.coded.code === code)) {
      const sentence = IMPORT_REASON_MESSAGES.vi[code](coded.params)
      expect(sentence).not.toBe(IMPORT_REASON_MESSAGES.en[code](coded.params))
      for (const value of Object.values(coded.params)) {
        if (value !== 'row' && value !== 'column') expect(sentence).toContain(value)
      }
    }
  })

  it('keeps the codes out of JSON: a report serialises as it did', () => {
    const { report } = readCsv(CSV, { file: 'd.csv', leaves: new Set(['1.1']) })
    expect(JSON.stringify(report)).not.toContain('reasonCode')
    expect(codedReason(report.rejected[0] as object)).toBeDefined()
  })

  it('says a rejected cell’s coded reason in a Vietnamese error, at its place', () => {
    const issue = withReasonCode<ChisoIssue>(
      {
        code: 'INVALID_CELL',
        file: 'd.csv',
        row: 4,
        column: 2,
        message: 'cannot read "3": the row has no unit code',
      },
      { code: 'no-unit-code', params: {} },
    )
    expect(formatIssueIn('vi', issue, 'INVALID_CELL')).toBe('d.csv:4:2: dòng không có mã đơn vị')
    expect(formatIssueIn('en', issue, 'INVALID_CELL')).toContain('the row has no unit code')
  })
})

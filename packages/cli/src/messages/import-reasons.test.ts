import {
  type CodedReason,
  codedReason,
  REASON_SENTENCES,
  type ReasonCode,
  withReasonCode,
} from '@chiso/adapters'
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

// The values that choose between a sentence's forms: a cell's place (a wide table's column, a long table's
// node, a workbook's criterion), a survey's respondent, the cell showing a grouping (an address or a row), the
// fields a criterion reads, an item's scale, a row or a column, a note's kind.
const VARIANTS: ReadonlyArray<Record<string, string>> = [
  {},
  { column: '«column»', unit: '«unit»' },
  { unit: '«unit»', node: '«node»' },
  { criterion: '«criterion»', unit: '«unit»' },
  { respondent: '«respondent»' },
  { address: 'E5' },
  { row: '7' },
  { fields: 'value, done' },
  { answers: 'co, khong' },
  { min: '1', max: '5' },
  { line: 'row' },
  { line: 'column' },
  { note: 'explanation' },
  { note: 'comment' },
  { note: 'evidence' },
]
const CHOOSING = new Set(VARIANTS.flatMap((variant) => Object.keys(variant)))

/** Sample values for a sentence: the variant's, and `«name»` for any other value it names. */
function sample(variant: Record<string, string>): Record<string, string> {
  return new Proxy(variant, {
    get: (target, key) =>
      typeof key !== 'string' ? undefined : (target[key] ?? (CHOOSING.has(key) ? undefined : `«${key}»`)),
  })
}

describe('IMPORT_REASON_MESSAGES', () => {
  const entries = codedEntries()
  const codes = Object.keys(IMPORT_REASON_MESSAGES.en) as ReasonCode[]

  it('has a sentence for every code the adapters give, and none for a code they do not', () => {
    expect([...codes].sort()).toEqual(Object.keys(REASON_SENTENCES).sort())
    expect(Object.keys(IMPORT_REASON_MESSAGES.vi).sort()).toEqual([...codes].sort())
  })

  it.each(codes)('%s: Vietnamese says it otherwise, naming the same values', (code) => {
    for (const variant of VARIANTS) {
      const english = IMPORT_REASON_MESSAGES.en[code](sample(variant))
      const vietnamese = IMPORT_REASON_MESSAGES.vi[code](sample(variant))
      expect(vietnamese).not.toBe(english)
      // Every value the English sentence names (a sample «name», an address, a row, a scale), the Vietnamese
      // one names too; a row or a column and a note's kind are words, said in Vietnamese.
      for (const value of english.match(/«\w+»|E5|co, khong|value, done/g) ?? [])
        expect(vietnamese).toContain(value)
    }
  })

  it('says each reason of a flawed table: English as the report, Vietnamese naming the same values', () => {
    expect(new Set(entries.map((entry) => entry.coded.code)).size).toBeGreaterThanOrEqual(7)
    for (const { reason, coded } of entries) {
      expect(IMPORT_REASON_MESSAGES.en[coded.code](coded.params)).toBe(reason)
      const sentence = IMPORT_REASON_MESSAGES.vi[coded.code](coded.params)
      expect(sentence).not.toBe(reason)
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

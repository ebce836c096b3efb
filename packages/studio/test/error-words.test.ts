// The words the studio shows for an error follow the page's language: rejected cells, a methodology's schema
// errors and anything uncoded, read from the command line's test files, must hold no English word under
// Vietnamese (values, places and codes set aside), and English must still say the adapters' own reasons.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type RejectedCell, withReasonCode } from '@chiso/adapters'
import { ChisoError, isChisoError } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { ERROR_MESSAGES } from '../../cli/src/messages/errors.js'
import { IMPORT_REASON_MESSAGES } from '../../cli/src/messages/import-reasons.js'
import { errorWords, issueWords } from '../src/error-words.js'
import { STUDIO_MESSAGES } from '../src/messages.js'
import { openData } from '../src/open-data.js'
import { openMethodology } from '../src/open-methodology.js'
import { rejectedCellIssue } from '../src/rejected-cell-issue.js'
import { studioWordsOf } from '../src/studio-error.js'

const FIXTURES = fileURLToPath(new URL('../../cli/test/fixtures/', import.meta.url))
const compiled = openMethodology({
  kind: 'file',
  file: 'points.methodology.yaml',
  text: readFileSync(`${FIXTURES}points.methodology.yaml`, 'utf8'),
})

// Words of chiso's English sentences (not of data: quoted values, places, codes are taken out first).
const ENGLISH = new Set(
  (
    'the and of with error not is are for cannot expected number column unit units row header cell cells ' +
    'rejected read value date spreadsheet formula duplicate missing invalid must should key unknown ' +
    'thousands separator decimal'
  ).split(' '),
)

function englishIn(text: string): string[] {
  const words = text
    .replace(/"[^"]*"|'[^']*'|\([^)]*\.[^)]*\)/g, ' ') // quoted values
    .replace(/\([a-z]+\)/g, ' ') // a schema's type name, glossed after its Vietnamese words
    .replace(/\S*[./\\@:_#]\S*/g, ' ') // places, paths, references, codes
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // unit and node codes
    .match(/\p{L}+/gu)
  return [...new Set((words ?? []).filter((word) => ENGLISH.has(word.toLowerCase())))]
}

async function thrownBy(run: () => unknown): Promise<ChisoError> {
  try {
    await run()
  } catch (error) {
    if (isChisoError(error)) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

function rejectedIn(file: string): Promise<ChisoError> {
  return thrownBy(() => openData(file, readFileSync(`${FIXTURES}${file}`), compiled))
}

describe('the studio says an error in the page’s language', () => {
  it('says every rejected cell of a CSV in Vietnamese, with its place, value and coded reason', async () => {
    for (const file of ['reasons.csv', 'reasons-more.csv']) {
      const error = await rejectedIn(file)
      const vi = errorWords(error, 'vi')
      const en = errorWords(error, 'en')
      expect(vi.text).toBe(STUDIO_MESSAGES.vi.rejectedCells(error.issues.length))
      expect(en.text).toBe(STUDIO_MESSAGES.en.rejectedCells(error.issues.length))
      expect(vi.issues).toHaveLength(error.issues.length)
      error.issues.forEach((issue, index) => {
        const said = vi.issues[index]!
        expect(said.startsWith(`${file}:${issue.row}:${issue.column}: `), said).toBe(true)
        expect(englishIn(said), said).toEqual([])
        // English says the adapters' own reason, as the command line does.
        expect(en.issues[index]).toContain(issue.message)
      })
    }
    const [abc] = (await rejectedIn('reasons.csv')).issues.filter((issue) => issue.message.includes('abc'))
    expect(issueWords(abc!, 'vi', 'INVALID_CELL')).toBe(
      `reasons.csv:3:2: không đọc được "abc": ${IMPORT_REASON_MESSAGES.vi['not-a-number']({ column: '1.1', unit: 'hoang-hoa' })}`,
    )
  })

  it('says a methodology’s schema and tree errors in Vietnamese, at their JSON paths', async () => {
    for (const file of ['schema-errors.methodology.yaml', 'tree-errors.methodology.yaml']) {
      const error = await thrownBy(() =>
        openMethodology({ kind: 'file', file, text: readFileSync(`${FIXTURES}${file}`, 'utf8') }),
      )
      const vi = errorWords(error, 'vi')
      expect(vi.text.startsWith(`${file}: `)).toBe(true)
      for (const said of [vi.text, ...vi.issues]) expect(englishIn(said), said).toEqual([])
      expect(vi.issues).toHaveLength(error.issues.length)
    }
  })

  it('falls back to the code’s general sentence only for an uncoded issue, keeping its place and value', () => {
    const uncoded = new ChisoError('INVALID_CELL', 'd.csv: 1 rejected', {
      issues: [{ file: 'd.csv', row: 4, column: 3, message: 'cannot read "x": no idea' }],
    })
    const general = ERROR_MESSAGES.vi.codes.INVALID_CELL
    expect(errorWords(uncoded, 'vi').issues).toEqual([`d.csv:4:3: ${general}`])
    const cell: RejectedCell = { file: 'd.csv', row: 4, column: 3, value: 'x', reason: 'no idea' }
    expect(issueWords(rejectedCellIssue(cell), 'vi', 'INVALID_CELL')).toBe(
      `d.csv:4:3: không đọc được "x": ${general}`,
    )
    const coded = withReasonCode({ ...cell, address: 'C4' }, { code: 'no-unit-code', params: {} })
    expect(issueWords(rejectedCellIssue(coded), 'vi', 'INVALID_CELL')).toBe(
      'd.csv:4:3: C4 không đọc được "x": dòng không có mã đơn vị',
    )
    expect(errorWords(new Error('boom'), 'vi').text).toBe(ERROR_MESSAGES.vi.codes.INTERNAL)
    expect(errorWords(new Error('boom'), 'en').text).toBe('boom')
  })

  it('says the studio’s own refusals by its own catalogue, in either language', async () => {
    const error = await thrownBy(() => openData('bang.txt', new Uint8Array(), compiled))
    expect(studioWordsOf(error, STUDIO_MESSAGES.vi)).toBe(STUDIO_MESSAGES.vi.unsupportedData('bang.txt'))
    expect(studioWordsOf(error, STUDIO_MESSAGES.en)).toBe(STUDIO_MESSAGES.en.unsupportedData('bang.txt'))
  })
})

import { describe, expect, it } from 'vitest'
import { neutraliseFormula, restoreNeutralised } from '../src/cell/neutralise.js'
import { numberToPlainDecimal, parseNumberText } from '../src/cell/number-text.js'
import { CellRejection, readCell } from '../src/cell/read-cell.js'
import { detectDelimiter } from '../src/csv/detect-delimiter.js'
import { decodeText } from '../src/text/decode-text.js'

describe('readCell', () => {
  it.each([
    ['7.98', '7.98'],
    ['7,98', '7.98'],
    ['  -0,50 ', '-0.5'],
    ['007', '7'],
    [',5', '0.5'],
    ['-0', '0'],
    ['0.30000000000000000000000000001', '0.30000000000000000000000000001'],
    ['1.234,5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['1.234.567', '1234567'],
    ['1 234 567,25', '1234567.25'],
    ['1\u00a0234', '1234'],
    ['95%', '0.95'],
    ['95 %', '0.95'],
    ['7,5%', '0.075'],
    ['0.5%', '0.005'],
    ['-12%', '-0.12'],
    ["'-2.5", '-2.5'],
    ['', null],
    ['   ', null],
    ['NA', 'NA'],
    ['n/a', 'NA'],
    ['KAD', 'NA'],
    ['Không áp dụng', 'NA'],
    ['KHÔNG  ÁP  DỤNG', 'NA'],
    ['kho\u0302ng a\u0301p du\u0323ng', 'NA'],
    ['có', true],
    ['Có', true],
    ['TRUE', true],
    ['Đạt', true],
    ['không', false],
    ['No', false],
    ['không đạt', false],
  ])('reads %j as %j', (raw, expected) => {
    expect(readCell(raw)).toEqual(expected)
  })

  it.each(['abc', '1,234,5', '12.34.5', '1 23', '-', '.', '+', 'Infinity', '0x10', '７', '1.2.3,4'])(
    'rejects %j with a reason',
    (raw) => {
      const result = readCell(raw)
      expect(result).toBeInstanceOf(CellRejection)
      expect((result as CellRejection).reason).toMatch(/^expected a number/)
    },
  )

  it('reads `1.234` by the declared decimal separator', () => {
    expect(readCell('1.234')).toBe('1.234')
    expect(readCell('1.234', { decimal: ',' })).toBe('1234')
    expect(readCell('1,234', { decimal: '.' })).toBe('1234')
    expect(readCell('95%', { percent: 'number' })).toBe('95')
  })
})

describe('parseNumberText and numberToPlainDecimal', () => {
  it('reads scientific notation by default, and refuses it when told', () => {
    expect(parseNumberText('2e-06')).toBe('0.000002')
    expect(parseNumberText('-3.6E+05')).toBe('-360000')
    expect(parseNumberText('1e3')).toBe('1000')
    expect(parseNumberText('2e-06', { exponent: false })).toBeUndefined()
    expect(readCell('1e3', { exponent: false })).toBeInstanceOf(CellRejection)
  })
  it('names an ambiguous exponent cell instead of guessing', () => {
    const rejection = readCell('2,5e-06')
    expect(rejection).toBeInstanceOf(CellRejection)
    expect((rejection as CellRejection).reason).toContain('ambiguous scientific notation "2,5e-06"')
    expect((rejection as CellRejection).reason).toContain('2.5e-06')
  })
  it.each([
    [0.1, '0.1'],
    [1e21, '1000000000000000000000'],
    [-2.5e-7, '-0.00000025'],
    [0.1 + 0.2, '0.30000000000000004'],
    [-0, '0'],
  ])('writes %d as %j', (value, expected) => {
    expect(numberToPlainDecimal(value)).toBe(expected)
  })
})

describe('formula neutralisation', () => {
  it.each(['=1+1', '+1+1', '-1-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''-1", 'Hà Nội', "'quoted'", ''])(
    'round-trips %j and never lets a formula start',
    (text) => {
      const safe = neutraliseFormula(text)
      expect(/^[=+\-@\t\r]/.test(safe)).toBe(false)
      expect(restoreNeutralised(safe)).toBe(text)
    },
  )

  it.each(['+1', '-1', '-0.22', '+.5'])('leaves the plain number %j as it is (not a formula)', (text) => {
    expect(neutraliseFormula(text)).toBe(text)
    expect(restoreNeutralised(text)).toBe(text)
  })
})

describe('detectDelimiter and decodeText', () => {
  it('finds the delimiter of the header line, past comments, outside quotes', () => {
    expect(detectDelimiter('unit,name,1.1\n')).toBe(',')
    expect(detectDelimiter('# a; b; c\nunit;name;1.1\n')).toBe(';')
    expect(detectDelimiter('unit,"a;b;c",x\n')).toBe(',')
    expect(detectDelimiter('unit\tname\t1.1\n')).toBe('\t')
  })
  it('decodes UTF-8 with and without BOM, UTF-16LE with and without BOM, UTF-16BE', () => {
    const text = 'unit;tên\nHN;Hà Nội\n'
    const utf8 = new TextEncoder().encode(text)
    const le = new Uint8Array(Buffer.from(text, 'utf16le'))
    const be = new Uint8Array(Buffer.from(text, 'utf16le').swap16())
    expect(decodeText(utf8, 'a')).toEqual({ text, encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a')).toEqual({
      text,
      encoding: 'utf-8-bom',
    })
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]), 'a')).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeText(le, 'a')).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]), 'a')).toEqual({ text, encoding: 'utf-16be' })
    expect(() => decodeText(new Uint8Array([0x48, 0xe0, 0x20]), 'a.csv')).toThrow(/not UTF-8/)
  })
})

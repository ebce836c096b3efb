// Exports written from untrusted methodologies and data: text that a spreadsheet would run is neutralised in
// every format, numbers stay numbers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'chiso-exports-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('render --format xlsx neutralises formula-like text', () => {
  it('writes a title "=HYPERLINK(…)" and a code "-1+1" as text with an apostrophe', async () => {
    writeFileSync(
      join(dir, 'formula.methodology.yaml'),
      [
        'id: formula',
        'version: 1.0.0',
        'title: "=HYPERLINK(\\"http://x\\",\\"bấm\\")"',
        'status: illustrative',
        'result: { type: points }',
        'tree:',
        '  - { code: "1", title: "@SUM(A1)", max: "10", rule: { use: chiso/points }, description: "+cmd" }',
      ].join('\n'),
    )
    const { code } = await runCli(
      ['render', 'formula.methodology.yaml', '--format', 'xlsx', '--out', 'formula.xlsx'],
      { cwd: dir },
    )
    expect(code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(readFileSync(join(dir, 'formula.xlsx')) as unknown as ArrayBuffer)
    const texts: string[] = []
    book.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value)
      }),
    )
    expect(texts).toContain('\'=HYPERLINK("http://x","bấm")')
    expect(texts.some((text) => text.trim() === "'@SUM(A1)")).toBe(true)
    expect(texts.filter((text) => /^[=+\-@]/.test(text))).toEqual([])
  })
})

describe('CSV exports keep negative numbers numeric', () => {
  it('score --format csv writes -0.22 as a plain number', async () => {
    writeFileSync(
      join(dir, 'negative.methodology.yaml'),
      [
        'id: negative',
        'version: 1.0.0',
        'title: Negative (illustrative)',
        'status: illustrative',
        'result: { type: composite }',
        'tree:',
        '  - { code: a, title: A, rule: { use: chiso/value } }',
      ].join('\n'),
    )
    writeFileSync(join(dir, 'negative.csv'), 'unit,a\nX,-0.22\nY,0.5\n')
    const { code, stdout } = await runCli(
      ['score', 'negative.methodology.yaml', 'negative.csv', '--format', 'csv'],
      { cwd: dir },
    )
    expect(code).toBe(0)
    expect(stdout).toContain('-0.22')
    expect(stdout).not.toContain("'-0.22")
  })
})

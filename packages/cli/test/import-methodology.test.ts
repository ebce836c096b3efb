// chiso import methodology: an appendix table (phụ lục) read back into a methodology.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEngine, isChisoError } from '@chiso/core'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { APPENDIX_SHEET } from '../src/appendix/appendix-meta.js'
import { appendixReasonOf } from '../src/appendix/appendix-reason.js'
import { readAppendix } from '../src/appendix/read-appendix.js'
import { formatIssueIn } from '../src/format/chiso-error.js'
import { APPENDIX_REASON_MESSAGES } from '../src/messages/appendix-reasons.js'
import { FIXTURES, runCli } from './helpers.js'

const repo = join(FIXTURES, '../../../..')
const cwd = `${FIXTURES}versioning/`

async function rendered(methodology: string, dir: string, extra: string[] = []): Promise<string> {
  const out = join(dir, 'phu-luc.xlsx')
  const result = await runCli(['render', methodology, '--format', 'xlsx', '--out', out, ...extra], { cwd })
  expect(result.code, result.stderr).toBe(0)
  return out
}

async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  change(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function rejection(bytes: Uint8Array, options = {}): Promise<string[]> {
  try {
    await readAppendix(bytes, { file: 'phu-luc.xlsx', ...options })
  } catch (error) {
    if (!isChisoError(error)) throw error
    // Each rejected cell carries its reason's code, so `--lang vi` says it by its own sentence.
    for (const issue of error.issues.filter(() => error.code === 'INVALID_CELL')) {
      const reason = appendixReasonOf(issue)
      expect(reason, issue.message).toBeDefined()
      expect(formatIssueIn('vi', issue, error.code)).toContain(
        APPENDIX_REASON_MESSAGES.vi[reason!.code](reason!.params),
      )
    }
    return error.issues.map((issue) => `${issue.sheet}:${issue.row}:${issue.column}: ${issue.message}`)
  }
  throw new Error('expected a rejection')
}

describe('chiso import methodology', () => {
  it.each([
    ['demo-2024.yaml', []],
    [join(repo, 'examples/district-cchc/district.methodology.yaml'), ['--language', 'vi']],
    [join(repo, 'examples/pci-2021/pci.methodology.yaml'), ['--language', 'en']],
    ['par-index.province@2022', []],
  ])('render → import is an identity: %s keeps its fingerprint', async (methodology, extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-appendix-'))
    const xlsx = await rendered(methodology, dir, extra)
    const back = join(dir, 'back.yaml')
    const result = await runCli(['import', 'methodology', xlsx, '--out', back], { cwd })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('read back exactly')
    const fingerprint = (await runCli(['fingerprint', methodology], { cwd })).stdout.split(' ')[0]
    expect((await runCli(['fingerprint', back], { cwd })).stdout.split(' ')[0]).toBe(fingerprint)
    expect(result.stderr).toMatch(/\d+ rows: \d+ used, \d+ ignored, 0 rejected/)
  })

  it('reads the visible table alone: rules from unambiguous method text, else chiso/points with a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-appendix-'))
    const bytes = await edit(await rendered('demo-2024.yaml', dir), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(APPENDIX_SHEET)!.id)
    })
    const result = await readAppendix(bytes, { file: 'phu-luc.xlsx', id: 'demo.back' })
    expect(result.exact).toBe(false)
    const tree = result.methodology.tree as Array<{ code: string; children: Array<Record<string, unknown>> }>
    expect(tree.map((node) => node.code)).toEqual(['1', '2'])
    const rules = Object.fromEntries(
      tree.flatMap((area) => area.children.map((leaf) => [leaf.code, (leaf.rule as { use: string }).use])),
    )
    expect(rules).toEqual({
      '1.1': 'chiso/yes-no',
      '1.2': 'chiso/points', // a deduction: the text names no one default rule
      '1.3': 'chiso/points',
      '2.1': 'chiso/points',
      '2.2': 'chiso/points',
      '2.3': 'chiso/yes-no',
    })
    expect(result.notes.map((note) => note.message).join('\n')).toContain(
      '1.2: the method text names no one rule',
    )
    expect(result.methodology.status).toBe('draft')
    // Every row accounted for: title block and headings ignored, one used row per node.
    expect(result.rows.filter((row) => row.status === 'used')).toHaveLength(8)
    expect(result.rows.every((row) => row.status === 'used' || row.reason !== undefined)).toBe(true)
    expect(() => createEngine().compile(result.methodology)).not.toThrow()
  })

  it('an edited table keeps the carried rules by code and takes the edited cells, with a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-appendix-'))
    const bytes = await edit(await rendered('demo-2024.yaml', dir), (workbook) => {
      const sheet = workbook.worksheets[0]!
      sheet.eachRow((row) => {
        if (row.getCell(2).value === '1.3') row.getCell(3).value = '    Kiểm tra, giám sát'
      })
    })
    const result = await readAppendix(bytes, { file: 'phu-luc.xlsx' })
    expect(result.exact).toBe(false)
    const area = (result.methodology.tree as Array<{ children: Array<Record<string, unknown>> }>)[0]!
    expect(area.children[2]).toMatchObject({
      code: '1.3',
      title: 'Kiểm tra, giám sát',
      rule: { use: 'chiso/points' },
    })
    expect(area.children[1]).toMatchObject({ rule: { use: 'chiso/deduction', with: { per: '0.25' } } })
    expect(result.notes.map((note) => note.message).join('\n')).toContain('1.3: differs from the methodology')
    expect(result.notes.map((note) => appendixReasonOf(note)?.code)).toContain('differs-from-carried')
    expect(result.notes.filter((note) => appendixReasonOf(note) === undefined)).toEqual([])
  })

  it('rejects a duplicate STT, a non-numeric maximum and maxima that do not add up, each at its cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-appendix-'))
    const bytes = await edit(await rendered('demo-2024.yaml', dir), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(APPENDIX_SHEET)!.id)
      const sheet = workbook.worksheets[0]!
      sheet.eachRow((row) => {
        const code = row.getCell(2).value
        if (code === '1.2') row.getCell(1).value = '1' // duplicate of 1.1's STT
        if (code === '2.1') row.getCell(4).value = 'ba điểm'
        if (code === '2.3') row.getCell(4).value = 2 // area II: 3 + 2 + 2 ≠ 6
        row.getCell(2).value = null // codes from the STT
      })
    })
    const text = (await rejection(bytes)).join('\n')
    expect(text).toMatch(/Phụ lục:\d+:1: duplicate STT 1 \(first at row \d+\)/)
    expect(text).toMatch(/Phụ lục:\d+:4: the maximum "ba điểm" is not a number/)
    expect(text).toMatch(/Phụ lục:\d+:4: the maximum of I is 4, but its 2 children add up to 3/)
    expect(text).toMatch(/Phụ lục:\d+:4: the maximum of II is 6, but its 2 children add up to 4/)
  })

  it('reads another layout through a mapping file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-appendix-'))
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Phụ lục I')
    sheet.addRow(['PHỤ LỤC I — TIÊU CHÍ (minh họa, không phải văn bản chính thức)'])
    sheet.addRow(['TT', 'Nội dung', 'Cách chấm', 'Điểm', 'Nguồn', 'Ghi chú'])
    sheet.addRow(['1', 'Chỉ đạo', '', 3, '', ''])
    sheet.addRow(['1.1', 'Kế hoạch', 'Có: 1 điểm; không: 0 điểm.', 1, 'Thẩm định', ''])
    sheet.addRow([
      '1.2',
      'Báo cáo',
      'Đủ 4 báo cáo: 2 điểm; thiếu mỗi báo cáo trừ 0,5 điểm',
      '2',
      'Tự đánh giá',
      'x',
    ])
    sheet.addRow(['', 'Tổng cộng', '', 3, '', ''])
    const xlsx = join(dir, 'phu-luc-khac.xlsx')
    writeFileSync(xlsx, new Uint8Array(await workbook.xlsx.writeBuffer()))
    writeFileSync(
      join(dir, 'phu-luc.mapping.yaml'),
      'sheet: Phụ lục I\nheaderRow: 2\ncolumns: { stt: A, content: B, method: C, max: D, source: E }\nid: demo.xa\n',
    )
    const out = join(dir, 'xa.yaml')
    const result = await runCli(
      ['import', 'methodology', xlsx, '--mapping', join(dir, 'phu-luc.mapping.yaml'), '--out', out],
      { cwd },
    )
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('6 rows: 3 used, 3 ignored, 0 rejected')
    expect(result.stderr).toContain('cell in a column the table does not use: ignored')
    const yaml = readFileSync(out, 'utf8')
    expect(yaml.split('\n')[0]).toContain('DRAFT')
    const doc = parse(yaml)
    expect(doc.id).toBe('demo.xa')
    expect(doc.tree[0].children).toEqual([
      { code: '1.1', title: 'Kế hoạch', max: '1', source: 'appraisal', rule: { use: 'chiso/yes-no' } },
      {
        code: '1.2',
        title: 'Báo cáo',
        max: '2',
        source: 'self',
        rule: { use: 'chiso/points' },
        description: 'Đủ 4 báo cáo: 2 điểm; thiếu mỗi báo cáo trừ 0,5 điểm',
      },
    ])
  })

  it('refuses a bad mapping at its place, and a workbook whose carried methodology was altered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-appendix-'))
    writeFileSync(join(dir, 'bad.mapping.yaml'), 'headerRow: 0\ncolumns: { stt: A, content: "1x" }\n')
    const xlsx = await rendered('demo-2024.yaml', dir)
    const bad = await runCli(['import', 'methodology', xlsx, '--mapping', join(dir, 'bad.mapping.yaml')], {
      cwd,
    })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('headerRow')
    expect(bad.stderr).toContain('columns.max is required')
    const altered = await edit(xlsx, (workbook) => {
      const hidden = workbook.getWorksheet(APPENDIX_SHEET)!
      hidden.getCell(2, 1).value = String(hidden.getCell(2, 1).value).replace('Kiểm tra', 'Kiểm tra lại')
    })
    expect((await rejection(altered)).join('\n')).toMatch(/its fingerprint is sha256:\w+, not the sha256:/)
  })
})

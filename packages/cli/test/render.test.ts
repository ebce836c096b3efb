// chiso render: the appendix table as Markdown, HTML and XLSX.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from './helpers.js'

const cwd = `${FIXTURES}versioning/`

describe('chiso render', () => {
  it('prints Markdown by default, in Vietnamese and English', async () => {
    const result = await runCli(['render', 'demo-2024.yaml'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('# Bộ chỉ số minh họa 2024 — Illustrative index 2024')
    expect(result.stdout).toContain(
      '> **MINH HỌA — không phải bộ chỉ số chính thức. — ILLUSTRATIVE — not an official methodology.**',
    )
    expect(result.stdout).toContain(
      '| 2 | `1.2` | Báo cáo | 1 | Tối đa 1 điểm; trừ 0,25 điểm cho mỗi trường hợp; thấp nhất 0 điểm.<br>1 point, minus 0.25 points per occurrence, not below 0 points. |  |',
    )
  })

  it('renders a catalogue entry as a self-contained HTML page', async () => {
    const result = await runCli(
      ['render', 'par-index.province@2022', '--format', 'html', '--language', 'vi'],
      { cwd },
    )
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(result.stdout).toContain('<td class="num">61,5</td>')
    expect(result.stdout).toContain('876/QĐ-BNV, 2022-11-10, Bộ Nội vụ')
  })

  it('writes an XLSX formatted for print: frozen bold header, widths, wrapped text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-render-'))
    const written = await runCli(
      ['render', 'demo-2024.yaml', '--format', 'xlsx', '--out', join(dir, 'phu-luc.xlsx')],
      { cwd },
    )
    expect(written.code).toBe(0)
    expect(written.stderr).toContain('(8 rows)')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(join(dir, 'phu-luc.xlsx')) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const view = sheet.views[0] as { state: string; ySplit: number }
    expect(view.state).toBe('frozen')
    const header = sheet.getRow(view.ySplit)
    expect(header.getCell(1).value).toBe('STT\nNo.')
    expect(header.font?.bold).toBe(true)
    expect(sheet.getColumn(5).width).toBeGreaterThan(40)
    expect(sheet.getColumn(5).alignment?.wrapText).toBe(true)
    expect(sheet.getRow(view.ySplit + 1).getCell(4).value).toBe(4) // area 1's maximum, as a number
    expect(sheet.pageSetup.orientation).toBe('landscape')
  })

  it('refuses XLSX on stdout', async () => {
    const result = await runCli(['render', 'demo-2024.yaml', '--format', 'xlsx'], { cwd })
    // A usage error, as `score --format xlsx` without --out.
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--format xlsx writes a workbook: give the file with --out FILE.xlsx')
  })
})

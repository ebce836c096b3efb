// The importing guide must keep working: its methodology, sheet and mapping blocks are extracted from
// docs/importing-spreadsheets.md, written to a temporary folder and run through the CLI, and what the guide
// shows (the error, the ranking, the import summary, the dataset written) is what the CLI prints.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const guide = readFileSync(
  fileURLToPath(new URL('../../../docs/importing-spreadsheets.md', import.meta.url)),
  'utf8',
)

function block(language: string, firstLine: RegExp): string {
  const blocks = [...guide.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter(([, lang]) => lang === language)
  const found = blocks.map(([, , body]) => body as string).find((body) => firstLine.test(body))
  if (found === undefined) throw new Error(`the guide has no ${language} block starting like ${firstLine}`)
  return found
}

describe('docs/importing-spreadsheets.md', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chiso-import-guide-'))
  writeFileSync(join(folder, 'guide.methodology.yaml'), block('yaml', /^# guide\.methodology\.yaml/))
  writeFileSync(join(folder, 'diem-2023.csv'), block('csv', /^KẾT QUẢ/))
  writeFileSync(join(folder, 'mapping.yaml'), block('yaml', /^# mapping\.yaml/))
  const base = ['score', 'guide.methodology.yaml', 'diem-2023.csv', '--mapping', 'mapping.yaml']

  it('refuses the rejected cell with the error the guide shows (exit 1)', async () => {
    const result = await runCli(base, { cwd: folder, color: false })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(block('text', /^error: /))
  })

  it('ranks with --allow-rejects as the guide shows', async () => {
    const result = await runCli([...base, '--allow-rejects'], { cwd: folder, color: false })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(block('text', /^Chỉ số CCHC minh hoạ/))
  })

  it('imports with the summary and writes the dataset the guide shows', async () => {
    const result = await runCli(
      [
        'import',
        'diem-2023.csv',
        '--mapping',
        'mapping.yaml',
        '--allow-rejects',
        '--out',
        'du-lieu-2023.csv',
        '--report',
        'bao-cao.json',
      ],
      { cwd: folder, color: false },
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(block('text', /^diem-2023\.csv: wide table/))
    expect(readFileSync(join(folder, 'du-lieu-2023.csv'), 'utf8')).toBe(block('csv', /^unit,name,1\.1/))
    const report = JSON.parse(readFileSync(join(folder, 'bao-cao.json'), 'utf8'))
    expect(report.cells).toEqual({ total: 36, used: 19, ignored: 16, rejected: 1 })
  })
})

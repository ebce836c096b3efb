// End-to-end: the built `chiso` run as a user would, on spreadsheets generated here (exceljs writes them), on
// the fixtures, and on COINr's ASEM tables. Needs `pnpm --filter @chiso/cli run build` first.
// Most runs call the built package's `run` in-process (what the binary calls, without the process start-up
// a spawn costs); the process boundary itself — exit codes and streams of the real executable — is checked by
// the spawned runs at the end, started together.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ASEM_DIR as ASEM } from '@chiso/test-support/asem'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, spawnNode } from './helpers.js'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const built = existsSync(bin) && existsSync(entry)

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

let builtRun: typeof import('../src/index.js').run | undefined

/** `chiso ARGS` through the built package's `run`, in this process, without colour. */
async function chiso(args: string[], cwd = FIXTURES): Promise<Result> {
  builtRun ??= ((await import(pathToFileURL(entry).href)) as typeof import('../src/index.js')).run
  let stdout = ''
  let stderr = ''
  const code = await builtRun(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    color: false,
  })
  return { code, stdout, stderr }
}

/** `chiso ARGS` as a process: the built executable, its exit status and its streams. */
function spawnChiso(args: string[], cwd = FIXTURES): Promise<Result> {
  return spawnNode(bin, args, { cwd, env: { ...process.env, NO_COLOR: '1' } })
}

let dir = ''
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chiso-e2e-'))
  // A province's sheet (illustrative numbers): a title row, comma decimals, a KAD, a merged title.
  const book = new ExcelJS.Workbook()
  book.addWorksheet('Bìa').addRow(['Bảng điểm (số liệu minh hoạ)'])
  const sheet = book.addWorksheet('TC3')
  sheet.addRow(['KẾT QUẢ CHẤM ĐIỂM CCHC (minh hoạ)'])
  sheet.mergeCells('A1:F1')
  sheet.addRow(['Mã', 'Tên đơn vị', 'Kế hoạch', 'Tuyên truyền', 'Thủ tục', 'Ghi chú'])
  sheet.addRow(['HN', 'Hà Nội', 4, '5,5', 4.75, ''])
  sheet.addRow(['HUE', 'Thừa Thiên Huế', 3.5, 6, 5, 'đã thẩm định'])
  sheet.addRow(['DN', 'Đà Nẵng', 2, '', 'KAD', ''])
  writeFileSync(join(dir, 'diem.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()))
  writeFileSync(
    join(dir, 'mapping.yaml'),
    'unit: Mã\nname: Tên đơn vị\ncolumns:\n  Kế hoạch: "1.1"\n  Tuyên truyền: "1.2"\n  Thủ tục: "2"\n  Ghi chú: ignore\n',
  )
  writeFileSync(join(dir, 'points.methodology.yaml'), readFileSync(join(FIXTURES, 'points.methodology.yaml')))
})

describe.runIf(built)('chiso (built binary)', () => {
  it('scores an XLSX sheet picked by name, with a mapping, the same as the CSV', async () => {
    const xlsx = await chiso(
      [
        'score',
        'points.methodology.yaml',
        'diem.xlsx',
        '--sheet',
        'TC3',
        '--mapping',
        'mapping.yaml',
        '--json',
      ],
      dir,
    )
    expect(xlsx.stderr).toBe('')
    expect(xlsx.code).toBe(0)
    const csv = await chiso(['score', 'points.methodology.yaml', 'points.csv', '--json'])
    const strip = (text: string) =>
      (JSON.parse(text) as { units: Array<Record<string, unknown>> }).units.map(
        ({ unit, score, max, index, rank }) => ({ unit, score, max, index, rank }),
      )
    expect(strip(xlsx.stdout)).toEqual(strip(csv.stdout))
  })

  it('writes the ranking as CSV and as a workbook with Ranking, Level and Diagnostics sheets', async () => {
    const csv = await chiso(['score', 'points.methodology.yaml', 'points.csv', '--format', 'csv'])
    expect(csv.code).toBe(0)
    expect(csv.stdout.split('\n')[0]).toBe(
      'rank,unit,name,group,index,indexDisplay,score,max,band,1,2,1.1,1.2',
    )
    expect(csv.stdout.split('\n')[1]).toBe(
      '1,HUE,Thừa Thiên Huế,,96.66666666666666666666666666666666666667,96.67,14.5,15,A,9.5,5,3.5,6',
    )
    const out = await chiso(
      [
        'score',
        'points.methodology.yaml',
        join(FIXTURES, 'points.csv'),
        '--format',
        'xlsx',
        '--out',
        'xep-hang.xlsx',
      ],
      dir,
    )
    expect(out.code).toBe(0)
    expect(out.stderr).toContain('wrote xep-hang.xlsx (3 units)')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(dir, 'xep-hang.xlsx'))
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ranking', 'Level 1', 'Level 2', 'Diagnostics'])
    const ranking = book.getWorksheet('Ranking')!
    expect(ranking.getRow(2).values).toEqual([
      undefined,
      'rank',
      'unit',
      'name',
      'group',
      'index',
      'indexDisplay',
      'score',
      'max',
      'band',
    ])
    // An index a double cannot hold exactly stays text; one it can is a number.
    expect(ranking.getCell('E3').value).toBe('96.66666666666666666666666666666666666667')
    expect(ranking.getCell('G3').value).toBe(14.5)
    expect((await chiso(['score', 'points.methodology.yaml', 'points.csv', '--format', 'xlsx'])).code).toBe(2)
  })

  it('exits 1 on a rejected cell, listing it location first; --allow-rejects scores the rest (spawned)', async () => {
    const [rejected, allowed] = await Promise.all([
      spawnChiso(['score', 'points.methodology.yaml', 'points-bad-cell.csv']),
      spawnChiso(['score', 'points.methodology.yaml', 'points-bad-cell.csv', '--allow-rejects']),
    ])
    expect(rejected.code).toBe(1)
    expect(rejected.stderr).toMatch(/^error: points-bad-cell\.csv:3:4: cannot read "abc"/)
    expect(allowed.code).toBe(0)
    expect(allowed.stdout).toContain('Thừa Thiên Huế')
  })

  it('refuses data over a limit with the option that raises it', async () => {
    const result = await chiso(['score', 'points.methodology.yaml', 'points.csv', '--max-rows', '2'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('exceed the limit of 2 rows')
    expect(result.stderr).toContain('--max-rows')
  })

  it('imports a sheet to a dataset with its report, and the dataset scores the same', async () => {
    const imported = await chiso(
      [
        'import',
        'diem.xlsx',
        '--sheet',
        '2',
        '--mapping',
        'mapping.yaml',
        '--out',
        'du-lieu.json',
        '--report',
        'bao-cao.json',
      ],
      dir,
    )
    expect(imported.code).toBe(0)
    expect(imported.stderr).toContain('diem.xlsx!TC3: wide table, units in rows, header row 2')
    expect(imported.stderr).toContain('3 units, 9 observations; 30 cells: 20 used, 10 ignored, 0 rejected')
    const report = JSON.parse(readFileSync(join(dir, 'bao-cao.json'), 'utf8'))
    expect(report.ignored.map((entry: { reason: string }) => entry.reason)).toEqual([
      'above the header row (titles)',
      'ignored by the mapping',
    ])
    const dataset = JSON.parse(readFileSync(join(dir, 'du-lieu.json'), 'utf8'))
    expect(dataset.observations[1]).toEqual({
      unit: 'HN',
      node: '1.2',
      field: 'value',
      value: '5.5',
      origin: { file: 'diem.xlsx', sheet: 'TC3', row: 3, column: 'D' },
    })
    const json = await chiso(
      ['import', 'diem.xlsx', '--sheet', 'TC3', '--mapping', 'mapping.yaml', '--json'],
      dir,
    )
    expect(JSON.parse(json.stdout).cells).toEqual({ total: 30, used: 20, ignored: 10, rejected: 0 })
    const refused = await chiso(
      ['import', join(FIXTURES, 'points-bad-cell.csv'), '--out', 'khong-ghi.json'],
      dir,
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('2 units, 5 observations; 15 cells: 14 used, 0 ignored, 1 rejected')
    expect(refused.stderr).toContain('points-bad-cell.csv:3:4: cannot read "abc"')
    expect(existsSync(join(dir, 'khong-ghi.json'))).toBe(false)
    writeFileSync(join(dir, 'hai-gia-tri.csv'), 'unit,node,value\nHN,1.1,4\nHN,1.1,3\n')
    const twice = await chiso(['import', 'hai-gia-tri.csv', '--to', 'csv'], dir)
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain('unit "HN" has more than one value for 1.1')
    expect((await chiso(['import', 'hai-gia-tri.csv', '--to', 'long-csv'], dir)).stdout).toBe(
      'unit,name,group,node,field,source,value\nHN,,,1.1,value,,4\nHN,,,1.1,value,,3\n',
    )
    const csv = await chiso(['import', 'du-lieu.json', '--to', 'csv'], dir)
    expect(csv.stdout).toBe(
      'unit,name,1.1,1.2,2\nHN,Hà Nội,4,5.5,4.75\nHUE,Thừa Thiên Huế,3.5,6,5\nDN,Đà Nẵng,2,,NA\n',
    )
  })

  it('imports COINr tables, and scoring them gives COINr’s ranking', async () => {
    const result = await chiso(
      [
        'import',
        'coinr',
        join(ASEM, 'asem_iMeta.csv'),
        join(ASEM, 'asem_iData.csv'),
        '--out-methodology',
        'asem.yaml',
        '--out-data',
        'asem.csv',
      ],
      dir,
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'wrote asem.yaml (49 indicators) and asem.csv (51 units, 63 missing values)',
    )
    const scored = await chiso(['score', 'asem.yaml', 'asem.csv', '--json'], dir)
    expect(scored.code).toBe(0)
    const units = (JSON.parse(scored.stdout) as { units: Array<{ unit: string; rank: number }> }).units
    expect(units).toHaveLength(51)
    expect(new Set(units.map((u) => u.rank)).size).toBe(51)
    expect(
      (
        await chiso(
          [
            'import',
            'coinr',
            'a.csv',
            'b.csv',
            '--out-methodology',
            'm.yaml',
            '--out-data',
            'd.csv',
            '--normalise',
            'minmax:0',
          ],
          dir,
        )
      ).code,
    ).toBe(2)
  })

  it('explains one unit as an indented tree with points and maxima, and one node in detail', async () => {
    const tree = await chiso(['explain', 'points.methodology.yaml', 'points.csv', '--unit', 'DN'])
    expect(tree.code).toBe(0)
    expect(tree.stdout).toMatch(/^DN Đà Nẵng — /)
    expect(tree.stdout.split('\n').slice(2, 6)).toEqual([
      '  1 Công tác chỉ đạo, điều hành: 2 of 10 points (20 %)',
      '    1.1 Kế hoạch CCHC: 2 of 4 points (50 %)',
      '    1.2 Tuyên truyền CCHC: 0 of 6 points (0 %)',
      '  2 Cải cách thủ tục hành chính: not applicable',
    ])
    const node = await chiso([
      'explain',
      'points.methodology.yaml',
      'points.csv',
      '--unit',
      'HN',
      '--node',
      '1.2',
    ])
    expect(node.stdout).toMatch(/^1\.2 Tuyên truyền CCHC — unit HN/)
    const json = await chiso([
      'explain',
      'points.methodology.yaml',
      'points.csv',
      '--unit',
      'HN',
      '--node',
      '1.2',
      '--json',
    ])
    expect(JSON.parse(json.stdout).nodes['1.2']).toMatchObject({ status: 'ok', score: '5.5', max: '6' })
    const missing = await chiso(['explain', 'points.methodology.yaml', 'points.csv', '--unit', 'XX'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no unit "XX" (known: HN, HUE, DN)')
  })

  it.each(['score', 'explain', 'import', 'validate'])('has --help with examples: %s', async (command) => {
    const help = await chiso([command, '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
    expect(help.stdout).toContain(`$ chiso ${command}`)
  })
})

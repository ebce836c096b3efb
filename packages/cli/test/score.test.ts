import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

/** Every number in a JSON value, with its path: the contract allows numbers only for ranks (and origins). */
function numbersIn(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path]
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`))
  }
  return []
}

describe('chiso score', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-cli-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  it('prints the ranking table with a title line, aligned by display width', async () => {
    const result = await runCli(['score', 'points.methodology.yaml', 'points.csv'])
    expect(result.code).toBe(0)
    const [title, ...rest] = result.stdout.split('\n')
    expect(title).toMatch(/^Chỉ số CCHC thử nghiệm — test\.points@1\.0\.0 · sha256:[0-9a-f]{12}$/)
    expect(rest.join('\n')).toBe(
      [
        '',
        'Rank  Unit  Name            Index  Band  Score    Max',
        '----  ----  --------------  -----  ----  -----  -----',
        '   1  HUE   Thừa Thiên Huế  96.67  A     14.50  15.00',
        '   2  HN    Hà Nội          95.00  A     14.25  15.00',
        '   3  DN    Đà Nẵng         20.00  C      2.00  10.00',
        '',
        '3 units',
        '',
      ].join('\n'),
    )
    // The empty cell of DN is missing data: a diagnostic on stderr, not an error.
    expect(result.stderr).toContain('1 diagnostic (0 errors, 1 warning, 0 info):')
    expect(result.stderr).toContain(
      'MISSING_ZERO [unit DN, node 1.2, points.csv:5:4]: no value; counted as 0',
    )
  })

  it('reads ";"-delimited CSV with comma decimals, a BOM, CRLF and "không áp dụng" the same way', async () => {
    const comma = await runCli(['score', 'points.methodology.yaml', 'points.csv', '--format', 'json'])
    const semicolon = await runCli([
      'score',
      'points.methodology.yaml',
      'points-semicolon.csv',
      '--format',
      'json',
    ])
    expect(semicolon.code).toBe(0)
    expect(JSON.parse(semicolon.stdout).units).toEqual(JSON.parse(comma.stdout).units)
  })

  it('prints the JSON object of the CLI contract, every decimal a string', async () => {
    const result = await runCli(['score', 'points.methodology.yaml', 'points.csv', '--format', 'json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const output = JSON.parse(result.stdout)
    expect(Object.keys(output)).toEqual(['methodology', 'units', 'diagnostics'])
    expect(output.methodology).toEqual({
      id: 'test.points',
      version: '1.0.0',
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    })
    expect(output.units[0]).toEqual({
      unit: 'HUE',
      name: 'Thừa Thiên Huế',
      score: '14.5',
      max: '15',
      index: '96.66666666666666666666666666666666666667',
      indexDisplay: '96.67',
      rank: 1,
      band: 'A',
      nodes: {
        '1': { score: '9.5', max: '10', index: '95' },
        '1.1': { score: '3.5', max: '4', index: '87.5' },
        '1.2': { score: '6', max: '6', index: '100' },
        '2': { score: '5', max: '5', index: '100' },
      },
    })
    // KAD: node 2 does not apply to DN, so its maximum shrinks to 10.
    expect(output.units[2]).toMatchObject({ unit: 'DN', score: '2', max: '10', index: '20', rank: 3 })
    expect(output.diagnostics).toEqual([
      expect.objectContaining({ code: 'MISSING_ZERO', severity: 'warning', unit: 'DN', node: '1.2' }),
    ])
    expect(numbersIn(output).filter((path) => !/\.rank$|\.origin\.(row|column)$/.test(path))).toEqual([])
  })

  it('keeps each node’s status and trace with --trace', async () => {
    const result = await runCli([
      'score',
      'points.methodology.yaml',
      'points.csv',
      '--format',
      'json',
      '--trace',
    ])
    const node = JSON.parse(result.stdout).units[0].nodes['1.1']
    expect(node.status).toBe('ok')
    expect(node.trace).toMatchObject({ kind: 'leaf', rule: 'chiso/points' })
  })

  it('scores a composite methodology (max null, N/A left out) and a dataset JSON', async () => {
    const composite = await runCli([
      'score',
      'composite.methodology.json',
      'composite.csv',
      '--format',
      'json',
    ])
    expect(composite.code).toBe(0)
    const units = JSON.parse(composite.stdout).units
    expect(units.map((unit: { unit: string }) => unit.unit)).toEqual(['P2', 'P1', 'P3'])
    expect(units[0]).toMatchObject({ max: null, index: '80', indexDisplay: '80.00' })
    expect(units[2]).toMatchObject({ index: '50.625', indexDisplay: '50.63' })
    const table = await runCli(['score', 'composite.methodology.json', 'composite.csv'])
    expect(table.stdout).not.toContain('Score')

    const json = await runCli(['score', 'points.methodology.yaml', 'points.dataset.json', '--format', 'json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).units.map((unit: { unit: string }) => unit.unit)).toEqual(['HN', 'DN'])
  })

  it('writes to a file with --out, without colour', async () => {
    const out = join(temp, 'ranking.txt')
    const table = await runCli(['score', 'points.methodology.yaml', 'points.csv', '--out', out], {
      color: true,
    })
    expect(table.code).toBe(0)
    expect(table.stdout).toBe('')
    expect(table.stderr).toContain(`wrote ${out} (3 units)`)
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('Thừa Thiên Huế')
    expect(text).not.toContain('\u001b[')

    const jsonOut = join(temp, 'ranking.json')
    const json = await runCli(['score', 'points.methodology.yaml', 'points.csv', '-f', 'json', '-o', jsonOut])
    expect(json.code).toBe(0)
    expect(JSON.parse(readFileSync(jsonOut, 'utf8')).units).toHaveLength(3)
  })

  it('colours the table only when asked (or on a terminal)', async () => {
    const plain = await runCli(['score', 'points.methodology.yaml', 'points.csv'])
    expect(plain.stdout).not.toContain('\u001b[')
    const coloured = await runCli(['score', 'points.methodology.yaml', 'points.csv'], { color: true })
    expect(coloured.stdout).toContain('\u001b[1m')
  })

  it('rejects a cell it cannot read, with file, row and column, and prints nothing partial (exit 1)', async () => {
    const result = await runCli(['score', 'points.methodology.yaml', 'points-bad-cell.csv'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^error: points-bad-cell\.csv:3:4: cannot read "abc": column "1\.2", unit "HUE": expected a number/,
    )
    const allowed = await runCli([
      'score',
      'points.methodology.yaml',
      'points-bad-cell.csv',
      '--allow-rejects',
    ])
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toContain('warning: 1 cell rejected, counted as missing (1 unit affected: HUE):')
    expect(allowed.stderr).toContain('points-bad-cell.csv:3:4: cannot read "abc"')
    expect(allowed.stdout).toContain('HUE')
  })

  it('exits 1 on an invalid methodology, printing its errors path first on stderr', async () => {
    const result = await runCli(['score', 'invalid.methodology.yaml', 'points.csv'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('  tree[0].max: expected a decimal string')
  })

  it('exits 1 on unsupported or missing data', async () => {
    const text = await runCli(['score', 'points.methodology.yaml', 'data.txt'])
    expect(text.code).toBe(1)
    expect(text.stderr).toContain('expected a .csv, .xlsx, .json, .yaml or .yml file')
    const missing = await runCli(['score', 'points.methodology.yaml', 'nope.xlsx'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('error: nope.xlsx: cannot read nope.xlsx: no such file\n')
  })
})

describe('chiso score --format json (text)', () => {
  it('lists nodes in tree order, areas before their criteria', async () => {
    const result = await runCli(['score', 'points.methodology.yaml', 'points.csv', '--format', 'json'])
    const firstUnit = result.stdout.slice(result.stdout.indexOf('"nodes"'))
    const order = [...firstUnit.matchAll(/"([0-9.]+)": \{/g)].slice(0, 4).map((match) => match[1])
    expect(order).toEqual(['1', '1.1', '1.2', '2'])
    // The same content as JSON.stringify would give.
    const parsed = JSON.parse(result.stdout)
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed)
  })
})

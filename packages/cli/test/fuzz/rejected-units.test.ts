// Nothing lost, end to end: `chiso import --allow-rejects` writes the cells it could read, and its report names
// the unit of every rejected cell, so the units scored without some of their data are known.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from '../helpers.js'

const directory = mkdtempSync(join(tmpdir(), 'chiso-rejects-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

describe('chiso import with rejected cells', () => {
  it('keeps the other cells and names the unit of each rejected one in the report', async () => {
    const out = join(directory, 'du-lieu.csv')
    const report = join(directory, 'bao-cao.json')
    const result = await runCli(
      ['import', 'points-bad-cell.csv', '--allow-rejects', '--out', out, '--report', report],
      {
        cwd: FIXTURES,
      },
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('unit "HUE"')
    const written = JSON.parse(readFileSync(report, 'utf8'))
    expect(written.rejected).toEqual([
      expect.objectContaining({ row: 3, column: 4, value: 'abc', unit: 'HUE' }),
    ])
    expect(written.cells).toEqual({ total: 15, used: 14, ignored: 0, rejected: 1 })
    // HUE's other cells are imported: its 1.1 and 2, not its 1.2.
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    expect(lines).toContain('HUE,Thừa Thiên Huế,3.5,,5')
  })
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

// The illustrative district methodology and the synthetic cycle data of the examples.
const root = new URL('../../../', import.meta.url).pathname
const M = join(root, 'examples/district-cchc/district.methodology.yaml')
const CYCLE = join(root, 'examples/district-cchc/cycle')
const temp = mkdtempSync(join(tmpdir(), 'chiso-cycle-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('chiso template and chiso appraisal', () => {
  it('write a self-assessment and an appraisal workbook that score reads back with both rounds', async () => {
    const self = await runCli(
      [
        'template',
        M,
        '--units',
        join(CYCLE, 'don-vi.csv'),
        '--rounds',
        'self,appraisal',
        '--fill',
        join(CYCLE, 'tu-danh-gia.csv'),
        '--out',
        'self.xlsx',
      ],
      { cwd: temp },
    )
    expect(self).toMatchObject({ code: 0, stderr: 'wrote self.xlsx (3 units × 80 criteria, round self)\n' })
    const appraisal = await runCli(
      [
        'template',
        M,
        '--round',
        'appraisal',
        '--data',
        'self.xlsx',
        '--fill',
        join(CYCLE, 'tham-dinh.csv'),
        '--out',
        'appraisal.xlsx',
      ],
      { cwd: temp },
    )
    expect(appraisal.code).toBe(0)
    const scored = await runCli(['score', M, 'appraisal.xlsx', '--format', 'json'], { cwd: temp })
    const changes = (
      JSON.parse(scored.stdout) as { diagnostics: Array<{ code: string }> }
    ).diagnostics.filter((d) => d.code === 'ROUND_CHANGED')
    expect(changes).toHaveLength(4)
    const record = await runCli(
      ['appraisal', M, 'appraisal.xlsx', '--unit', 'tx-bim-son', '--format', 'json'],
      {
        cwd: temp,
      },
    )
    const parsed = JSON.parse(record.stdout) as { rounds: string[]; totals: string[] }
    expect(parsed.rounds).toEqual(['self', 'appraisal'])
    const unit = (JSON.parse(scored.stdout) as { units: Array<{ unit: string; score: string }> }).units.find(
      (u) => u.unit === 'tx-bim-son',
    )
    expect(parsed.totals.at(-1)).toBe(unit?.score)
  })

  it('refuse what they cannot do, with a usage error', async () => {
    expect((await runCli(['template', M, '--out', 'x.xlsx'], { cwd: temp })).code).toBe(2)
    expect(
      (await runCli(['appraisal', M, 'x.csv', '--report', 'changes', '--unit', 'a'], { cwd: temp })).code,
    ).toBe(2)
    expect((await runCli(['appraisal', M, 'x.csv', '--format', 'xlsx'], { cwd: temp })).code).toBe(2)
    const undeclared = await runCli(
      ['template', M, '--units', join(CYCLE, 'don-vi.csv'), '--round', 'appeal', '--out', 'x.xlsx'],
      { cwd: temp },
    )
    expect(undeclared.code).toBe(1)
    expect(undeclared.stderr).toMatch(/round "appeal" is not declared/)
  })
})

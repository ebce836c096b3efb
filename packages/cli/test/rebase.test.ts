// chiso rebase: last year's data carried over to this year's methodology through a crosswalk.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from './helpers.js'

const cwd = `${FIXTURES}versioning/`
const args = [
  'rebase',
  'demo-2025.json',
  'data-2024.csv',
  '--crosswalk',
  'crosswalk.yaml',
  '--from',
  'demo-2024.yaml',
]

describe('chiso rebase', () => {
  it('writes the rebased dataset and reports what could not be carried over', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-rebase-')), 'rebased.json')
    const result = await runCli([...args, '--out', out], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('carried 8 of 12 observations over; 4 could not be:')
    expect(result.stdout).toMatch(
      /RETIRED\s+a\s+2\.3\s+value\s+true\s+data-2024\.csv:3:8\s+criterion 2\.3 is retired \(dropped in 2025\)/,
    )
    expect(result.stdout).toMatch(/INCOMPLETE_MERGE\s+b\s+2\.1\s+value\s+2\.5/)
    expect(result.stdout).toContain("no data for the new version's 1 new criterion: 2.5")
    const dataset = JSON.parse(readFileSync(out, 'utf8'))
    const a = dataset.observations.filter((o: { unit: string }) => o.unit === 'a')
    expect(a.map((o: { node: string; value: unknown }) => [o.node, o.value])).toEqual([
      ['1.1', true],
      ['1.2', '0'],
      ['1.4', '0.75'],
      ['1.5', '0.75'],
      ['2.4', '5'],
    ])
    // and the rebased data scores under the new version
    const scored = JSON.parse(
      (await runCli(['score', 'demo-2025.json', out, '--format', 'json'], { cwd })).stdout,
    )
    expect(scored.units.find((u: { unit: string }) => u.unit === 'a').score).toBe('8.5')
  })

  it('prints the report and the dataset as JSON', async () => {
    const result = await runCli([...args, '--json'], { cwd })
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({
      from: 'cchc.demo@2024.0.0',
      to: 'cchc.demo@2025.0.0',
      observations: 12,
      carried: 8,
    })
    expect(report.problems.map((p: { code: string }) => p.code).sort()).toEqual([
      'INCOMPLETE_MERGE',
      'INCOMPLETE_MERGE',
      'RETIRED',
      'RETIRED',
    ])
    expect(report.dataset.units).toHaveLength(2)
  })

  it('locates a bad crosswalk in its file', async () => {
    const result = await runCli(
      [...args.slice(0, 3), '--crosswalk', 'bad-crosswalk.yaml', '--from', 'demo-2024.yaml'],
      { cwd },
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('entries[0].split: the shares add up to 0.9, not 1')
    expect(result.stderr).toContain('"1.9" is not a leaf of cchc.demo@2025.0.0')
    expect(result.stderr).toMatch(/bad-crosswalk\.yaml:\d+:\d+/)
  })
})

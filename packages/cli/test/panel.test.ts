// Panels, lineage, targets and owners on the SYNTHETIC district panel and the PCI example (examples/).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))
const panelDir = join(examples, 'district-cchc', 'panel')
const pciDir = join(examples, 'pci-2021')

/** A scratch copy of the district example (the panel refers to ../district.methodology.yaml). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-panel-'))
  cpSync(join(examples, 'district-cchc', 'district.methodology.yaml'), join(dir, 'district.methodology.yaml'))
  cpSync(panelDir, join(dir, 'panel'), { recursive: true })
  return join(dir, 'panel')
}

describe('chiso score over a panel', () => {
  it('scores three years across a methodology change and the abolition of the district level, in one command', async () => {
    const { code, stdout } = await runCli(
      [
        'score',
        'periods.yaml',
        'districts-panel.synthetic.csv',
        '--registry',
        'units.registry.yaml',
        '--weight',
        'staff',
        '--json',
      ],
      { cwd: panelDir },
    )
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(
      result.periods.map(
        (p: { period: string; scorecard: { methodology: { version: string }; units: unknown[] } }) =>
          `${p.period}@${p.scorecard.methodology.version}:${p.scorecard.units.length}`,
      ),
    ).toEqual(['2022@0.1.0:33', '2023@0.1.0:33', '2025@0.2.0:5'])
    const [first, second] = result.changes
    const seedUnit = first.units.find((u: { unit: string }) => u.unit === 'tho-xuan')
    expect(seedUnit.from.rank).toBe(25)
    expect(seedUnit.rankChange).toBe(seedUnit.from.rank - seedUnit.to.rank)
    expect(first.ranks).toBe('published')
    const merged = second.units.find((u: { unit: string }) => u.unit === 'so-07')
    expect(merged.basis).toEqual({ kind: 'merged', from: ['so-05', 'so-06'], weight: 'staff' })
    expect(second.ended).toHaveLength(27)
    expect(
      second.ended.every(
        (e: { kind: string; on: string }) => e.kind === 'abolished' && e.on === '2025-07-01',
      ),
    ).toBe(true)
    // The districts ended mid-2025: not "missing" from 2025. The two merged departments are not missing either.
    expect(result.missing).toEqual([])
  })

  it('reports a unit missing from a period instead of dropping it, and compares two chosen periods', async () => {
    const { code, stdout } = await runCli(
      ['score', 'periods.yaml', 'districts-panel.synthetic.csv', '--compare', '2022:2025', '--format', 'csv'],
      { cwd: panelDir },
    )
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toBe(
      'from,to,unit,name,basis,from_units,weight,ranks,index_from,index_to,index_change,rank_from,rank_to,rank_change,band_from,band_to',
    )
    // 5 units of 2025, then every 2022 unit no 2025 unit continues (no registry: all "missing").
    expect(lines.filter((line) => line.startsWith('2022,2025,')).length).toBe(5 + 29)
    // Without a registry the merged department has no earlier figure (absent), and its predecessors are missing.
    expect(lines.find((l) => l.startsWith('2022,2025,so-07'))).toMatch(
      /^2022,2025,so-07,"[^"]+",absent,,,published,,[\d.]+,,,5,,,[A-C]?$/,
    )
    expect(lines).toContain('2022,2025,so-05,Sở 05 (minh họa),missing,,,published,,,,,,,,')
    const text = await runCli(['score', 'periods.yaml', 'districts-panel.synthetic.csv', '--lang', 'en'], {
      cwd: panelDir,
    })
    expect(text.stdout).toContain('== Units missing from some periods ==')
    expect(text.stdout).toContain('thieu-hoa (Huyện Thiệu Hóa): 2025 (2022, 2023 ✓)')
  })

  it('writes one ranking sheet per period and the changes as XLSX, the same bytes every time', async () => {
    const dir = scratch()
    const args = ['score', 'periods.yaml', 'districts-panel.synthetic.csv', '--format', 'xlsx', '--out']
    expect((await runCli([...args, 'a.xlsx'], { cwd: dir })).code).toBe(0)
    expect((await runCli([...args, 'b.xlsx'], { cwd: dir })).code).toBe(0)
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true)
  })

  it('locates a period with no methodology', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'periods.yaml'),
      'periods:\n  "2022": ../district.methodology.yaml\n  "2023": ../district.methodology.yaml\n',
    )
    const { code, stderr } = await runCli(['score', 'periods.yaml', 'districts-panel.synthetic.csv'], {
      cwd: dir,
    })
    expect(code).toBe(1)
    expect(stderr).toContain('periods.yaml')
    expect(stderr).toContain('no methodology is in force for the period "2025"')
  })

  it('locates a registry that leaves a unit of the data unmapped, and overlapping registry entries', async () => {
    const dir = scratch()
    const registry = readFileSync(join(dir, 'units.registry.yaml'), 'utf8')
    const short = registry
      .replace(/ {2}- code: thieu-hoa\n( {4}.*\n)+?(?= {2}- code)/, '')
      .replace(/\n\s+- thieu-hoa(?=\n)/, '')
    writeFileSync(join(dir, 'short.registry.yaml'), short)
    const unmapped = await runCli(
      ['score', 'periods.yaml', 'districts-panel.synthetic.csv', '--registry', 'short.registry.yaml'],
      { cwd: dir },
    )
    expect(unmapped.code).toBe(1)
    expect(unmapped.stderr).toContain('the registry has no unit "thieu-hoa" in 2022')
    writeFileSync(
      join(dir, 'overlap.registry.yaml'),
      `${registry.replace('units:\n', 'units:\n  - { code: so-01, name: Again, level: department, validFrom: "2021-01-01" }\n')}`,
    )
    const overlap = await runCli(['validate', 'overlap.registry.yaml', '--kind', 'registry'], { cwd: dir })
    expect(overlap.code).toBe(1)
    expect(overlap.stdout).toMatch(/"so-01" is valid .* and also .*overlap\.registry\.yaml:\d+:\d+/s)
  })

  it('reads a panel from a dataset JSON, and places a period without a label in the file', async () => {
    const dir = scratch()
    const period = (label: string, value: string) => ({
      period: label,
      units: [{ code: 'thieu-hoa' }, { code: 'lang-chanh' }],
      observations: [
        { unit: 'thieu-hoa', node: '1.1.1', value: value === '1' },
        { unit: 'lang-chanh', node: '1.1.1', value: value !== '1' },
      ],
    })
    writeFileSync(
      join(dir, 'panel.json'),
      JSON.stringify({ synthetic: true, periods: [period('2023', '1'), period('2022', '0')] }, null, 2),
    )
    const ok = await runCli(['score', '../district.methodology.yaml', 'panel.json', '--json'], { cwd: dir })
    expect(ok.code).toBe(0)
    const result = JSON.parse(ok.stdout)
    expect(result.periods.map((p: { period: string }) => p.period)).toEqual(['2022', '2023'])
    expect(result.changes[0].units.find((u: { unit: string }) => u.unit === 'thieu-hoa').rankChange).toBe(1)
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ periods: [{ units: [], observations: [] }] }, null, 2),
    )
    const bad = await runCli(['score', '../district.methodology.yaml', 'bad.json'], { cwd: dir })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('periods[0].period: each period of a panel needs a "period"')
    expect(bad.stderr).toContain('bad.json:')
  })

  it('refuses panel options on one period, and panels where a command reads one period', async () => {
    // --lang is global: on one period it sets the ranking table's words.
    const lang = await runCli(
      ['score', '../district.methodology.yaml', '../districts-2023.synthetic.csv', '--lang', 'vi'],
      { cwd: panelDir },
    )
    expect(lang.code).toBe(0)
    expect(lang.stdout).toContain('Hạng')
    const single = await runCli(
      ['score', '../district.methodology.yaml', '../districts-2023.synthetic.csv', '--compare', '2022:2023'],
      { cwd: panelDir },
    )
    expect(single.code).toBe(2)
    expect(single.stderr).toContain('--compare needs a DATA file with several periods')
    const rankBy = await runCli(
      ['score', 'periods.yaml', 'districts-panel.synthetic.csv', '--rank-by', '1'],
      { cwd: panelDir },
    )
    expect(rankBy.code).toBe(2)
    expect(rankBy.stderr).toContain("--rank-by ranks one period's data; this file holds several periods")
    const explain = await runCli(
      ['explain', '../district.methodology.yaml', 'districts-panel.synthetic.csv', '--unit', 'thieu-hoa'],
      { cwd: panelDir },
    )
    expect(explain.code).toBe(1)
    expect(explain.stderr).toContain('the file holds 3 (2022, 2023, 2025)')
  })
})

describe('chiso progress and plan --targets', () => {
  it('reports the seed’s case: rank 25, rise 10 ranks in 2023, 100 % of dossiers on time, by owner', async () => {
    const { code, stdout } = await runCli(
      [
        'progress',
        'periods.yaml',
        'districts-panel.synthetic.csv',
        '--targets',
        'targets.yaml',
        '--owners',
        'owners.yaml',
        '--json',
      ],
      { cwd: panelDir },
    )
    expect(code).toBe(0)
    const { rows } = JSON.parse(stdout)
    const rise = rows.filter((r: { target: number }) => r.target === 0)
    expect(
      rise.map(
        (r: { period: string; required: string; periodsLeft: number }) =>
          `${r.period} ${r.required} ${r.periodsLeft}`,
      ),
    ).toEqual(['2022 10 1', '2023 10 0'])
    const onTime = rows.find((r: { target: number; period: string }) => r.target === 1 && r.period === '2023')
    expect(onTime).toMatchObject({
      unit: 'tho-xuan',
      node: '3.4.1',
      kind: 'index',
      owner: 'Bộ phận Một cửa',
    })
    expect(onTime.met).toBe(onTime.value === '100')
  })

  it('plans toward a value of the whole index with the rise from the file, and reports the index before and after', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'index-target.yaml'),
      'targets:\n  - unit: tho-xuan\n    period: "2023"\n    rise: 10\n    from: "2022"\n  - unit: tho-xuan\n    period: "2023"\n    index: "85"\n',
    )
    const args = [
      'plan',
      'periods.yaml',
      'districts-panel.synthetic.csv',
      '--period',
      '2022',
      '--unit',
      'tho-xuan',
      '--targets',
      'index-target.yaml',
    ]
    const json = await runCli([...args, '--json'], { cwd: dir })
    expect(json.code).toBe(0)
    const plan = JSON.parse(json.stdout)
    expect(plan.target).toEqual({ kind: 'rise', ranks: 10 })
    expect(plan.wholeIndex).toMatchObject({
      on: 'index',
      required: '85',
      before: plan.before.index,
      met: true,
    })
    expect(Number(plan.wholeIndex.after)).toBeGreaterThanOrEqual(85)
    expect(plan.verified).toBe(true)
    const text = await runCli([...args, '--lang', 'en'], { cwd: dir })
    expect(text.stdout).toContain('rise 10 ranks: rank 25 → 15 or better; and reach index ≥ 85')
    expect(text.stdout).toMatch(/Target on the whole index: ≈?74\.46 → ≈?85, required 85 — met/)
    // The file's rise and a --rank flag both set the rank target: refused at the file's line.
    const both = await runCli([...args, '--rank', '3'], { cwd: dir })
    expect(both.code).toBe(1)
    expect(both.stderr).toContain('this rise target and --rank 3 both set the plan')
    expect(both.stderr).toContain('index-target.yaml:4')
  })

  it('plans a whole-index target beside --rank, and says why when no plan reaches it', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'index-only.yaml'),
      'targets:\n  - unit: tho-xuan\n    period: "2023"\n    index: "99.5"\n    label: gần tuyệt đối\n',
    )
    const { code, stdout } = await runCli(
      [
        'plan',
        'periods.yaml',
        'districts-panel.synthetic.csv',
        '--period',
        '2022',
        '--unit',
        'tho-xuan',
        '--targets',
        'index-only.yaml',
        '--rank',
        '20',
        '--lang',
        'vi',
      ],
      { cwd: dir },
    )
    expect(code).toBe(0)
    expect(stdout).toContain('Không thể đạt mục tiêu: kể cả khi mọi tiêu chí')
    expect(stdout).toMatch(/chỉ số chung cũng chỉ là \S+, chưa đến 99\.5/)
    expect(stdout).toContain('đạt hạng 20 (hiện đang hạng 25); và đạt chỉ số chung ≥ 99.5 (gần tuyệt đối)')
    expect(stdout).toMatch(/Mục tiêu chỉ số chung \(gần tuyệt đối\): ≈74\.46 → ≈74\.46, cần 99\.5 — chưa đạt/)
  })

  it('locates a target on an unknown node', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'bad-targets.yaml'),
      'targets:\n  - unit: thieu-hoa\n    period: "2023"\n    node: 9.9.9\n    index: "100"\n',
    )
    const { code, stderr } = await runCli(
      ['progress', 'periods.yaml', 'districts-panel.synthetic.csv', '--targets', 'bad-targets.yaml'],
      { cwd: dir },
    )
    expect(code).toBe(1)
    expect(stderr).toContain('the methodology has no node "9.9.9"')
    expect(stderr).toContain('bad-targets.yaml:4')
  })

  it('plans toward the target of the targets file, its steps grouped by owner', async () => {
    const { code, stdout } = await runCli(
      [
        'plan',
        'periods.yaml',
        'districts-panel.synthetic.csv',
        '--period',
        '2022',
        '--unit',
        'tho-xuan',
        '--targets',
        'targets.yaml',
        '--owners',
        'owners.yaml',
        '--json',
      ],
      { cwd: panelDir },
    )
    expect(code).toBe(0)
    const plan = JSON.parse(stdout)
    expect(plan.target).toEqual({ kind: 'rise', ranks: 10 })
    expect(plan.before.rank).toBe(25)
    expect(plan.after.rank).toBeLessThanOrEqual(15)
    expect(plan.targets.required[0].node).toBe('3.4.1')
    expect(Object.values(plan.owners)).toContain('Bộ phận Một cửa')
  })
})

describe('the 2025 provincial arrangement on PCI 2021', () => {
  it('re-expresses the 2021 ranking for the 34 provinces, saying how each figure was formed', async () => {
    const { code, stdout } = await runCli(
      [
        'score',
        'pci.methodology.yaml',
        'pci-2021.csv',
        '--registry',
        'provinces-2025.registry.yaml',
        '--period',
        '2021',
        '--as-of',
        '2025-07-01',
        '--json',
      ],
      { cwd: pciDir },
    )
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.units).toHaveLength(33) // 34 minus Đồng Nai, left out of the registry (not verified)
    const haiPhong = result.units.find((u: { unit: string }) => u.unit === 'hai-phong')
    expect(haiPhong.basis).toEqual({ kind: 'merged', from: ['hai-duong', 'hai-phong'], weight: 'equal' })
    const tayNinh = result.units.find((u: { unit: string }) => u.unit === 'tay-ninh')
    expect(tayNinh.basis).toEqual({
      kind: 'merged',
      from: ['long-an'],
      weight: 'equal',
      absent: ['tay-ninh'],
    })
    expect(result.units.find((u: { unit: string }) => u.unit === 'quang-ninh').from.rank).toBe(1)
  })

  it('validates the shipped registry', async () => {
    const { code, stdout } = await runCli(
      ['validate', 'provinces-2025.registry.yaml', '--kind', 'registry'],
      { cwd: pciDir },
    )
    expect(code).toBe(0)
    expect(stdout).toContain('61 unit records, 22 events')
  })
})

describe('chiso report over a panel', () => {
  it('adds a trend section (rank and index over the years, biggest movers) and groups gaps by owner', async () => {
    const dir = scratch()
    const { code } = await runCli(
      [
        'report',
        'periods.yaml',
        'districts-panel.synthetic.csv',
        '--registry',
        'units.registry.yaml',
        '--weight',
        'staff',
        '--owners',
        'owners.yaml',
        '--unit',
        'so-07',
        '--lang',
        'en',
        '--out',
        'r.html',
      ],
      { cwd: dir },
    )
    expect(code).toBe(0)
    const html = readFileSync(join(dir, 'r.html'), 'utf8')
    expect(html).toContain('<section id="trend">')
    expect(html).toContain('chiso-trend-rank')
    expect(html).toContain('chiso-trend-index')
    expect(html).toContain('<h3>Biggest movers 2022 → 2025</h3>')
    expect(html).toMatch(/<section id="owners">[\s\S]*<td>Bộ phận Một cửa<\/td>/)
    // The report is about the last period: its 5 departments.
    expect(html).toContain('Sở 07 (hợp nhất Sở 05 và Sở 06, minh họa)')
  }, 30_000)
})

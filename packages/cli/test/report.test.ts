import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DISTRICT = [
  'examples/district-cchc/district.methodology.yaml',
  'examples/district-cchc/districts-2023.synthetic.csv',
]
const PCI = ['examples/pci-2021/pci.methodology.yaml', 'examples/pci-2021/pci-2021.csv']

interface ContractUnit {
  unit: string
  name?: string
  index: string | null
  indexDisplay: string | null
  rank: number | null
  band: string | null
}

// The report's language follows --lang, else the environment; these tests read the Vietnamese report unless
// they ask for another language.
async function cli(args: string[]): Promise<string> {
  const result = await runCli(args.includes('--lang') ? args : [...args, '--lang', 'vi'], { cwd: ROOT })
  if (result.code !== 0) throw new Error(`chiso ${args.join(' ')} → ${result.code}\n${result.stderr}`)
  return result.stdout
}

function page(html: string) {
  return parseHTML(html).document
}

function inRankOrder(units: ContractUnit[]): ContractUnit[] {
  return units
    .map((unit, position) => ({ unit, position }))
    .sort((a, b) => (a.unit.rank ?? Infinity) - (b.unit.rank ?? Infinity) || a.position - b.position)
    .map((entry) => entry.unit)
}

/** The stacked segments of the area chart, grouped by bar (the rect's y), each its display-rounded value. */
function barSegments(document: ReturnType<typeof page>): Array<{ y: string; labels: string[] }> {
  const bars = new Map<string, string[]>()
  for (const rect of document.querySelectorAll('#areas svg g[aria-label="bar"] rect')) {
    const y = rect.getAttribute('y')!
    bars.set(y, [...(bars.get(y) ?? []), rect.querySelector('title')!.textContent!])
  }
  return [...bars].map(([y, labels]) => ({ y, labels })).sort((a, b) => Number(a.y) - Number(b.y))
}

describe('chiso report', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-report-'))
  const plan = join(temp, 'plan.json')
  const simulation = join(temp, 'sim.json')
  let scorecard: { methodology: { fingerprint: string }; units: ContractUnit[] }
  let plain: string
  let full: string

  beforeAll(async () => {
    scorecard = JSON.parse(await cli(['score', ...DISTRICT, '--format', 'json']))
    await cli(['plan', ...DISTRICT, '--unit', 'lang-chanh', '--rise', '10', '--json', '--out', plan])
    await cli([
      'simulate',
      ...DISTRICT,
      '--runs',
      '200',
      '--seed',
      '42',
      '--spec',
      'examples/rank-scenarios/spec.yaml',
      '--json',
      '--out',
      simulation,
    ])
    plain = await cli(['report', ...DISTRICT])
    full = await cli(['report', ...DISTRICT, '--plan', plan, '--simulate', simulation])
  })
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  it('lists one row per unit in rank order, with display-rounded indexes and coloured bands', () => {
    const document = page(plain)
    const rows = [...document.querySelectorAll('table.ranking tbody tr')]
    const expected = inRankOrder(scorecard.units)
    expect(rows).toHaveLength(27)
    expect(rows.map((row) => row.getAttribute('data-unit'))).toEqual(expected.map((unit) => unit.unit))
    rows.forEach((row, index) => {
      const unit = expected[index]!
      expect(row.querySelector('td')!.textContent).toBe(String(unit.rank))
      const shown = row.querySelector('td.index')!.textContent!
      expect(shown).toBe(unit.indexDisplay)
      expect(shown).toMatch(/^\d+\.\d{2}$/) // the methodology's display rounding: 2 decimals
      const band = row.querySelector('.band')!
      if (unit.band === null) expect(band.className).toContain('none')
      else {
        expect(band.textContent).toBe(unit.band)
        expect(band.getAttribute('style')).toMatch(/background:#[0-9a-f]{6}/)
      }
    })
  })

  it('draws one stacked bar per unit whose segments add up to the index within display precision', () => {
    const document = page(plain)
    const bars = barSegments(document)
    const expected = inRankOrder(scorecard.units)
    expect(bars).toHaveLength(27)
    bars.forEach((bar, index) => {
      const unit = expected[index]!
      expect(bar.labels).toHaveLength(7) // one segment per area
      expect(bar.labels.every((label) => label.startsWith(unit.name!))).toBe(true)
      const sum = bar.labels.reduce((total, label) => total + Number(label.split(': ').at(-1)), 0)
      // Each segment is rounded to 2 decimals: the sum may be off by 7 × 0.005.
      expect(Math.abs(sum - Number(unit.indexDisplay))).toBeLessThanOrEqual(7 * 0.005 + 1e-9)
    })
  })

  it('profiles the first-ranked unit against the median and the best, area by area', () => {
    const document = page(plain)
    const first = inRankOrder(scorecard.units)[0]!
    expect(document.querySelector('#profile h2')!.textContent).toContain(first.name)
    expect(document.querySelectorAll('#profile table.profile tbody tr')).toHaveLength(7)
    expect(document.querySelectorAll('#profile svg circle').length).toBeGreaterThanOrEqual(7 * 2)
    for (const row of document.querySelectorAll('#profile table.profile tbody tr')) {
      const [own, median, best] = [...row.querySelectorAll('td.num')].map((cell) => Number(cell.textContent))
      expect(median).toBeLessThanOrEqual(best!)
      expect(own).toBeLessThanOrEqual(best!)
    }
  })

  it('shows the plan and the simulation only when they are given', () => {
    const without = page(plain)
    expect(without.querySelector('#plan')).toBeNull()
    expect(without.querySelector('#simulation')).toBeNull()
    const document = page(full)
    const planFile = JSON.parse(readFileSync(plan, 'utf8'))
    const steps = [...document.querySelectorAll('#plan table.plan tbody tr')]
    expect(steps.map((row) => row.getAttribute('data-node'))).toEqual(
      planFile.steps.map((step: { node: string }) => step.node),
    )
    const outcome = [...document.querySelectorAll('#plan table.outcome tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(0, 2).map((cell) => cell.textContent),
    )
    expect(outcome).toEqual([
      [planFile.before.indexDisplay, String(planFile.before.rank)],
      [planFile.after.indexDisplay, String(planFile.after.rank)],
    ])
    // The plan's unit is the one profiled and highlighted.
    expect(document.querySelector('#profile h2')!.textContent).toContain('Lang Chánh')
    expect(document.querySelector('tr.focus')!.getAttribute('data-unit')).toBe('lang-chanh')
    const simulated = JSON.parse(readFileSync(simulation, 'utf8'))
    const intervals = [...document.querySelectorAll('#simulation svg line title')].map(
      (title) => title.textContent,
    )
    expect(intervals).toHaveLength(27)
    for (const entry of simulated.units as Array<{ unit: string; p5: number; p95: number }>) {
      const name = scorecard.units.find((unit) => unit.unit === entry.unit)!.name!
      expect(
        intervals.some(
          (label) => label!.startsWith(`${name}:`) && label!.endsWith(`P5–P95 ${entry.p5}–${entry.p95}`),
        ),
      ).toBe(true)
    }
    const rows = [...document.querySelectorAll('#simulation table tbody tr')]
    expect(rows).toHaveLength(27)
    for (const row of rows) {
      const entry = simulated.units.find(
        (unit: { unit: string }) => unit.unit === row.getAttribute('data-unit'),
      )
      expect(row.querySelectorAll('td')[3]!.textContent).toBe(`${entry.p5}–${entry.p95}`)
    }
  })

  it('is byte-identical for the same inputs, run after run', async () => {
    const again = await cli(['report', ...DISTRICT, '--plan', plan, '--simulate', simulation])
    expect(again).toBe(full)
    const out = join(temp, 'report.html')
    const result = await runCli(
      ['report', ...DISTRICT, '--plan', plan, '--simulate', simulation, '--out', out, '--lang', 'vi'],
      {
        cwd: ROOT,
      },
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`đã ghi ${out} (27 đơn vị)`)
    expect(readFileSync(out, 'utf8')).toBe(full)
  })

  it('needs nothing from the network: no script, no link, no external URL', () => {
    expect(full).toMatch(/^<!doctype html>\n<html lang="vi">/)
    expect(full).toContain('<meta charset="utf-8">')
    expect(full).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i)
    expect(full).not.toMatch(/\b(src|href)=/i)
    expect(full).not.toMatch(/https?:\/\//)
  })

  it('keeps Vietnamese text intact, in the table and in the charts', () => {
    const document = page(full)
    const row = document.querySelector('tr[data-unit="tp-thanh-hoa"]')!
    expect(row.textContent).toContain('Thành phố Thanh Hóa')
    const ticks = [...document.querySelectorAll('#areas svg text')].map((text) => text.textContent)
    expect(ticks).toContain('Thành phố Thanh Hóa')
    expect(document.querySelector('h1')!.textContent).toBe(
      'Chỉ số CCHC cấp huyện — ví dụ minh họa (không phải bộ chỉ số chính thức)',
    )
    // Every letter with its marks is composed (NFC), as in the source files.
    expect(full.normalize('NFC')).toBe(full)
  })

  it('follows --lang en, --title and --unit', async () => {
    const html = await cli([
      'report',
      ...DISTRICT,
      '--lang',
      'en',
      '--title',
      'Districts 2023',
      '--unit',
      'nga-son',
    ])
    const document = page(html)
    expect(html).toMatch(/<html lang="en">/)
    expect(document.querySelector('h1')!.textContent).toBe('Districts 2023')
    expect(document.querySelector('#ranking h2')!.textContent).toBe('Ranking')
    expect(document.querySelector('#profile h2')!.textContent).toBe('Profile of Huyện Nga Sơn')
    expect(document.querySelector('#ranking th[title]')!.getAttribute('title')).toBe(
      'Direction and management of PAR',
    )
  })

  it('shows rank changes against a previous ranking, matched by unit code', async () => {
    // A previous ranking in which every unit stood one place lower, and one unit was not ranked yet.
    const previous = {
      methodology: scorecard.methodology,
      units: scorecard.units
        .filter((unit) => unit.unit !== 'nghi-son')
        .map((unit) => ({ ...unit, rank: unit.rank === null ? null : unit.rank + 1 })),
      diagnostics: [],
    }
    const file = join(temp, 'previous.json')
    writeFileSync(file, JSON.stringify(previous))
    const document = page(await cli(['report', ...DISTRICT, '--previous', file]))
    for (const row of document.querySelectorAll('table.ranking tbody tr')) {
      const change = row.querySelectorAll('td')[1]!.textContent
      expect(change).toBe(row.getAttribute('data-unit') === 'nghi-son' ? 'mới' : '▲ 1')
    }
    expect(document.querySelector('#ranking .note')!.textContent).toContain('previous.json')
  })

  it('keeps charts of more than 50 units to the top 50 and the unit in focus, and says so', async () => {
    // 60 illustrative units with distinct scores (the fixture methodology: 1.1 ≤ 4, 1.2 ≤ 6, 2 ≤ 5).
    const rows = Array.from(
      { length: 60 },
      (_, k) => `U${k},Đơn vị ${k},${(k % 5) * 0.8},${(k % 7) * 0.85},${(k % 11) * 0.45}`,
    )
    const file = join(temp, 'sixty.csv')
    writeFileSync(file, `unit,name,1.1,1.2,2\n${rows.join('\n')}\n`)
    const methodology = join(
      fileURLToPath(new URL('./fixtures/', import.meta.url)),
      'points.methodology.yaml',
    )
    const card = JSON.parse(await cli(['score', methodology, file, '--format', 'json'])) as {
      units: ContractUnit[]
    }
    const last = inRankOrder(card.units).at(-1)!
    const document = page(await cli(['report', methodology, file, '--unit', last.unit]))
    expect(document.querySelectorAll('table.ranking tbody tr')).toHaveLength(60)
    const bars = barSegments(document)
    expect(bars).toHaveLength(51)
    expect(bars.at(-1)!.labels[0]).toMatch(new RegExp(`^${last.name} — `))
    expect(document.querySelector('#areas')!.textContent).toContain('Biểu đồ thể hiện 51 trong 60 đơn vị')
  })

  it('draws the index alone, in band colours, when the areas do not add up to it', async () => {
    // An illustrative composite whose areas combine by a geometric mean: no additive split exists.
    const methodology = join(temp, 'geometric.methodology.yaml')
    writeFileSync(
      methodology,
      [
        'id: demo.geometric',
        'version: 1.0.0',
        'title: Illustrative geometric composite',
        'status: illustrative',
        'result: { type: composite }',
        'aggregate: { use: chiso/geometric-mean }',
        'bands: [{ code: A, atLeast: "8" }, { code: B, atLeast: "5" }]',
        'tree:',
        '  - { code: a, title: A, rule: { use: chiso/value } }',
        '  - { code: b, title: B, rule: { use: chiso/value } }',
        '',
      ].join('\n'),
    )
    const data = join(temp, 'geometric.csv')
    writeFileSync(data, 'unit,name,a,b\nP,Tỉnh P,9,9.5\nQ,Tỉnh Q,6,7\nR,Tỉnh R,2,3\nS,Tỉnh S,8.5,9\n')
    const document = page(await cli(['report', methodology, data]))
    expect(document.querySelector('#areas .note')!.textContent).toContain('không cộng dồn thành chỉ số')
    const fills = [...document.querySelectorAll('#areas svg g[aria-label="bar"] rect')].map((rect) =>
      rect.getAttribute('fill'),
    )
    const bands = [...document.querySelectorAll('table.ranking tbody tr .band')].map((band) =>
      band.classList.contains('none')
        ? '#6b7280'
        : /background:(#[0-9a-f]{6})/.exec(band.getAttribute('style')!)![1],
    )
    expect(fills).toEqual(bands)
    expect(new Set(fills).size).toBe(3) // A, B and no band
  })

  it('splits a composite weighted mean (PCI) by sub-index, adding up to the composite', async () => {
    const document = page(await cli(['report', ...PCI, '--lang', 'en']))
    const units = (JSON.parse(await cli(['score', ...PCI, '--format', 'json'])) as { units: ContractUnit[] })
      .units
    const bars = barSegments(document)
    expect(bars).toHaveLength(units.length)
    const expected = inRankOrder(units)
    bars.forEach((bar, index) => {
      expect(bar.labels).toHaveLength(10)
      const sum = bar.labels.reduce((total, label) => total + Number(label.split(': ').at(-1)), 0)
      expect(Math.abs(sum - Number(expected[index]!.indexDisplay))).toBeLessThanOrEqual(10 * 0.005 + 1e-9)
    })
  })
})

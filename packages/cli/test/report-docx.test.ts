// The Word report read back by an independent reader (mammoth): every section of the HTML report is there,
// with the ranking's values; and the same inputs give the same bytes across a time gap.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { atTwoTimes } from '@chiso/test-support'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportFormatProblem } from '../src/commands/report.js'
import { REPORT_LABELS } from '../src/html-report/labels.js'
import { DOCX_REPORT_MESSAGES } from '../src/messages/docx-report.js'
import { FIXTURES, runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const POINTS = ['points.methodology.yaml', 'points.csv']

// The report's language follows --lang, else the environment; these tests read the Vietnamese report unless
// they ask for another language.
async function cli(args: string[], cwd = FIXTURES): Promise<string> {
  const result = await runCli(args.includes('--lang') ? args : [...args, '--lang', 'vi'], { cwd })
  if (result.code !== 0) throw new Error(`chiso ${args.join(' ')} → ${result.code}\n${result.stderr}`)
  return result.stdout
}

/** The document as mammoth sees it: its HTML, headings and table cells. */
async function readBack(file: string) {
  const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(file) })
  const texts = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''))
  return {
    html,
    headings: [...texts('h1'), ...texts('h2'), ...texts('h3')],
    cells: texts('td'),
    images: html.split('<img').length - 1,
  }
}

describe('chiso report --format docx', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-docx-'))
  const out = (name: string) => join(temp, name)
  let ranking: { units: Array<{ unit: string; name: string; indexDisplay: string; rank: number }> }

  beforeAll(async () => {
    ranking = JSON.parse(await cli(['score', ...POINTS, '--format', 'json']))
    await cli(['plan', ...POINTS, '--unit', 'DN', '--rise', '1', '--json', '--out', out('plan.json')])
    await cli(['simulate', ...POINTS, '--runs', '20', '--seed', '7', '--json', '--out', out('sim.json')])
    await cli(['score', ...POINTS, '--format', 'json', '--out', out('previous.json')])
  })

  it('holds the header, ranking, areas, profile, plan and simulation, in Vietnamese with --lang vi', async () => {
    await cli([
      'report',
      ...POINTS,
      '--plan',
      out('plan.json'),
      '--simulate',
      out('sim.json'),
      '--previous',
      out('previous.json'),
      '--out',
      out('bao-cao.docx'),
    ])
    const doc = await readBack(out('bao-cao.docx'))
    const vi = REPORT_LABELS.vi
    expect(doc.headings).toEqual([
      'Chỉ số CCHC thử nghiệm',
      vi.ranking,
      vi.areas,
      vi.profile('Đà Nẵng'),
      vi.plan('Đà Nẵng'),
      vi.simulation,
      vi.diagnostics,
    ])
    // The data problem scoring found is listed with its place and code, as in the HTML report.
    expect(doc.cells).toContain('cảnh báo')
    expect(doc.cells.some((cell) => cell.includes('(MISSING_ZERO)'))).toBe(true)
    expect(doc.cells.some((cell) => cell.includes('points.csv'))).toBe(true)
    // Every unit's rank, name and displayed index, in a row of the ranking table.
    for (const unit of ranking.units) {
      const at = doc.cells.indexOf(unit.name)
      expect(at, unit.name).toBeGreaterThan(0)
      expect(doc.cells.slice(at - 2, at + 2)).toEqual([String(unit.rank), '=', unit.name, unit.indexDisplay])
    }
    expect(doc.html).toContain('Chi phí: chưa có tệp chi phí')
    expect(doc.images).toBe(3)
  })

  it('shows a panel’s trend and the owners section, in English with --lang en', async () => {
    const file = out('panel.docx')
    await cli(
      [
        'report',
        'examples/district-cchc/panel/periods.yaml',
        'examples/district-cchc/panel/districts-panel.synthetic.csv',
        '--registry',
        'examples/district-cchc/panel/units.registry.yaml',
        '--owners',
        'examples/district-cchc/panel/owners.yaml',
        '--unit',
        'so-07',
        '--lang',
        'en',
        '--format',
        'docx',
        '--out',
        file,
      ],
      ROOT,
    )
    const doc = await readBack(file)
    const en = DOCX_REPORT_MESSAGES.en
    expect(doc.headings).toContain(en.trendTitle)
    expect(
      doc.headings.filter((h) => h.startsWith(en.ownersTitle(''))),
      doc.headings.join(' | '),
    ).toHaveLength(1)
    expect(doc.headings).toContain(REPORT_LABELS.en.ranking)
    expect(doc.images).toBe(3)
  })

  it('gives the same bytes for the same inputs, across a time gap', async () => {
    const [a, b] = await atTwoTimes(async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'chiso-docx-bytes-')), 'r.docx')
      await cli(['report', ...POINTS, '--plan', out('plan.json'), '--out', file])
      return readFileSync(file)
    })
    expect(a.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(a.equals(b)).toBe(true)
  })

  it('has every word of the Word report in both languages, translated', () => {
    const { vi, en } = DOCX_REPORT_MESSAGES
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      const text = (words: typeof vi | typeof en) => {
        const value = words[key] as string | ((...args: string[]) => string)
        return typeof value === 'function' ? value('X', 'Y') : value
      }
      expect(text(vi), key).not.toBe(text(en))
    }
  })

  it.each([
    ['docx', undefined, /give the file with --out FILE\.docx/],
    ['docx', 'r.html', /not r\.html/],
    ['html', 'r.docx', /not r\.docx/],
  ] as const)('refuses --format %s with --out %s', (format, file, message) => {
    expect(reportFormatProblem(format, file)).toMatch(message)
  })

  it('takes the format from --out, and exits 2 on a mismatch', async () => {
    expect(reportFormatProblem('html', 'r.html')).toBeUndefined()
    const result = await runCli(['report', ...POINTS, '--format', 'docx'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--format docx writes a Word document')
  })
})

import { describe, expect, it } from 'vitest'
import { resolveMethodology } from '../catalogue/catalogue.js'
import { definePlugin, defineRule } from '../plugin/define.js'
import { NoOptionsSchema } from '../rules/shared.js'
import { buildAppendix } from './build-appendix.js'
import { appendixToHtml } from './to-html.js'
import { appendixToMarkdown } from './to-markdown.js'

const leaf = (code: string, max: string, rule: unknown, extra: object = {}) => ({
  code,
  title: `T ${code}`,
  max,
  rule,
  ...extra,
})
const demo = {
  id: 'demo',
  version: '1.0.0',
  title: { vi: 'Bộ chỉ số <thử> | demo', en: 'Demo & co' },
  status: 'illustrative',
  result: { type: 'points' },
  tree: [
    {
      code: '1',
      title: { vi: 'Lĩnh vực 1', en: 'Area 1' },
      max: '10.5',
      children: [
        leaf('1.1', '1', { use: 'chiso/yes-no' }, { source: 'appraisal' }),
        leaf('1.2', '2', { use: 'chiso/yes-no', with: { invert: true, whenNo: '0.5' } }),
        leaf('1.3', '2', {
          use: 'chiso/bands',
          with: {
            over: 'share',
            bands: [
              { atLeast: '0.7', points: '1' },
              { atLeast: '0.9', points: '2' },
            ],
          },
        }),
        leaf('1.4', '1.5', { use: 'chiso/proportional', with: { full: '0.8' } }),
        leaf('1.5', '1', { use: 'chiso/deduction', with: { per: '0.25' } }),
        leaf(
          '1.6',
          '2',
          { use: 'chiso/survey', with: { mode: 'mean', scale: { min: '1', max: '5' } } },
          { source: 'survey' },
        ),
        leaf(
          '1.7',
          '1',
          { use: 'acme/late-reports' },
          { description: { vi: 'Xem <Phụ lục 2>', en: 'See <Annex 2>' } },
        ),
      ],
    },
  ],
}
const acme = definePlugin({
  name: 'acme',
  rules: [
    defineRule({
      id: 'acme/late-reports',
      meta: {
        title: 'Late reports',
        titleVi: 'Báo cáo trễ hạn',
        description: 'Scores reports sent after the deadline.',
      },
      options: NoOptionsSchema,
      score: ({ dec }) => dec(0),
    }),
  ],
})

describe('buildAppendix', () => {
  const table = buildAppendix(demo, { plugins: [acme] })
  const guidance = Object.fromEntries(table.rows.map((row) => [row.code, row.guidance]))

  it('numbers areas with Roman numerals and criteria within each area', () => {
    expect(table.rows.map((row) => [row.stt, row.level])).toEqual([
      ['I', 'area'],
      ...['1', '2', '3', '4', '5', '6', '7'].map((n) => [n, 'criterion']),
    ])
    expect(table.total).toBe('10.5')
    expect(table.notes[0]?.en).toContain('ILLUSTRATIVE')
  })

  it('writes the guidance of each built-in rule from its options, in Vietnamese and English', () => {
    expect(guidance['1.1']).toEqual({ vi: 'Có: 1 điểm; không: 0 điểm.', en: 'Yes: 1 point; no: 0 points.' })
    expect(guidance['1.2']).toEqual({
      vi: 'Có: 0,5 điểm; không: 2 điểm.',
      en: 'Yes: 0.5 points; no: 2 points.',
    })
    expect(guidance['1.3']).toEqual({
      vi: 'Theo tỷ lệ: từ 90 % trở lên: 2 điểm; từ 70 % trở lên: 1 điểm; còn lại: 0 điểm.',
      en: 'By share: ≥ 90 %: 2 points; ≥ 70 %: 1 point; otherwise 0 points.',
    })
    expect(guidance['1.4']?.en).toBe(
      'Points in proportion to the share (done ÷ total): 1.5 × the share (done ÷ total); full points from 80 %, at most 1.5 points.',
    )
    expect(guidance['1.5']?.vi).toBe('Tối đa 1 điểm; trừ 0,25 điểm cho mỗi trường hợp; thấp nhất 0 điểm.')
    expect(guidance['1.6']?.en).toBe(
      'Survey: mean rating on a 1–5 scale, scaled linearly to at most 2 points.',
    )
  })

  it("describes a plugin's rule from its metadata, then adds the node's own description", () => {
    expect(guidance['1.7']).toEqual({
      vi: 'Báo cáo trễ hạn (acme/late-reports). Xem <Phụ lục 2>',
      en: 'Scores reports sent after the deadline. See <Annex 2>',
    })
    expect(buildAppendix(demo).rows.at(-1)?.guidance.en).toBe('Rule acme/late-reports. See <Annex 2>')
  })

  it('gives weights instead of maxima for composite methodologies', () => {
    const pci = buildAppendix(resolveMethodology('pci@2014'))
    expect(pci.kind).toBe('composite')
    expect(pci.rows.map((row) => row.weight)).toEqual(['5', '5', '20', '5', '10', '5', '5', '20', '20', '5'])
    expect(pci.total).toBeNull()
  })

  it('renders the PAR INDEX 2022 components with their sources', () => {
    const par = buildAppendix(resolveMethodology('par-index.province@2022'))
    expect(par.rows.map((row) => [row.stt, row.code, row.max, row.source?.en ?? null])).toEqual([
      ['I', 'appraisal', '61.5', 'Appraisal'],
      ['II', 'impact', '38.5', null],
      ['1', 'impact.sipas', '10', 'Survey'],
      ['2', 'impact.leaders_managers_survey', '22', 'Survey'],
      ['3', 'impact.socio_economic_development', '6.5', null],
    ])
    expect(par.total).toBe('100')
  })
})

describe('appendixToMarkdown', () => {
  const markdown = appendixToMarkdown(buildAppendix(demo, { plugins: [acme] }))

  it('escapes what would break the table or inject HTML', () => {
    expect(markdown).toContain('# Bộ chỉ số &lt;thử&gt; \\| demo — Demo &amp; co')
    expect(markdown).toContain('Xem &lt;Phụ lục 2&gt;')
    expect(markdown).not.toContain('<thử>')
  })

  it('prints one row per node and the total, with decimal commas in Vietnamese', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.includes('---'))
    expect(rows).toHaveLength(1 + 8 + 1) // heading, nodes, total
    expect(rows.at(-1)).toContain('**10,5**')
    expect(appendixToMarkdown(buildAppendix(demo), { language: 'en' })).toContain('**10.5**')
  })
})

describe('appendixToHtml', () => {
  const html = appendixToHtml(buildAppendix(demo, { plugins: [acme] }))

  it('is a self-contained document with every text escaped', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true)
    expect(html).toContain('<title>Bộ chỉ số &lt;thử&gt; | demo — Demo &amp; co</title>')
    expect(html).not.toMatch(/<script|<link|src=/)
    expect(html).not.toContain('<Annex 2>')
    expect(html.match(/<tr class=/g)).toHaveLength(8 + 1)
  })

  it('prints the fingerprint, so the attached table identifies its version', () => {
    expect(html).toContain(buildAppendix(demo).fingerprint)
  })
})

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DISTRICT = [
  'examples/district-cchc/district.methodology.yaml',
  'examples/district-cchc/districts-2023.synthetic.csv',
]
const dir = mkdtempSync(join(tmpdir(), 'chiso-lang-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Words of the planner's own (developer) English that must never reach a Vietnamese reader. */
const JARGON = /knapsack|optimality|already at its best|not planned|Status|Total cost|warning|see chiso score/

describe('--lang', () => {
  it('prints the ranking and its diagnostics in Vietnamese, and JSON identical in both languages', async () => {
    const vi = await runCli(['score', ...DISTRICT, '--lang', 'vi'], { cwd: ROOT })
    expect(vi.code).toBe(0)
    expect(vi.stdout).toContain('Hạng  Mã')
    expect(vi.stdout).toContain('27 đơn vị')
    expect(vi.stderr).toContain('2 vấn đề về số liệu (0 lỗi, 2 cảnh báo, 0 thông tin):')
    expect(vi.stderr).toContain('cảnh báo MISSING_ZERO [đơn vị lang-chanh, tiêu chí 7.4.1,')
    const en = await runCli(['--lang', 'en', 'score', ...DISTRICT], { cwd: ROOT })
    expect(en.stdout).toContain('Rank  Unit')
    expect(en.stderr).toContain('warning MISSING_ZERO [unit lang-chanh, node 7.4.1,')
    const json = await Promise.all(
      ['vi', 'en'].map((lang) => runCli(['score', ...DISTRICT, '--json', '--lang', lang], { cwd: ROOT })),
    )
    expect(json[0]!.stdout).toBe(json[1]!.stdout)
  })

  it('refuses a language it does not speak, from the option or from CHISO_LANG (usage error)', async () => {
    const option = await runCli(['score', ...DISTRICT, '--lang', 'fr'], { cwd: ROOT })
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("'fr' is invalid")
    const saved = process.env.CHISO_LANG
    process.env.CHISO_LANG = 'fr'
    try {
      const env = await runCli(['score', ...DISTRICT], { cwd: ROOT })
      expect(env.code).toBe(2)
      expect(env.stderr).toContain('CHISO_LANG must be vi or en, not "fr"')
      process.env.CHISO_LANG = 'vi'
      expect((await runCli(['score', ...DISTRICT], { cwd: ROOT })).stdout).toContain('Hạng')
    } finally {
      if (saved === undefined) delete process.env.CHISO_LANG
      else process.env.CHISO_LANG = saved
    }
  })

  it('writes a plan and a report in plain Vietnamese, the report listing its data problems', async () => {
    const plan = join(dir, 'plan.json')
    const text = await runCli(['plan', ...DISTRICT, '--unit', 'lang-chanh', '--rise', '10', '--lang', 'vi'], {
      cwd: ROOT,
    })
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Kế hoạch nâng hạng cho lang-chanh — tăng 10 hạng')
    expect(text.stdout).toMatch(/tiêu chí không đưa vào kế hoạch: \d+ đã đạt điểm tối đa/)
    expect(text.stdout).not.toMatch(JARGON)
    await runCli(['plan', ...DISTRICT, '--unit', 'lang-chanh', '--rise', '10', '--json', '--out', plan], {
      cwd: ROOT,
    })
    const out = join(dir, 'report.html')
    const report = await runCli(['report', ...DISTRICT, '--plan', plan, '--out', out, '--lang', 'vi'], {
      cwd: ROOT,
    })
    expect(report.code).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<section id="diagnostics"><h2>Vấn đề về số liệu</h2>')
    expect(html).toContain('Huyện Lang Chánh (lang-chanh), tiêu chí 7.4.1')
    expect(html).toContain('không có số liệu: tính là 0 điểm')
    const words = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
    expect(words).not.toMatch(JARGON)
  })
})

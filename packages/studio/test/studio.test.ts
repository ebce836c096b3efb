// The studio in real Chromium (Debian's, through the browser tests' launcher), opened from file:// as an
// official would open the built folder: the district example is scored, a slider moved, a plan made, and the
// downloads compared byte for byte with the command line's output for the same files — the scores CSV
// (`chiso score --format csv`), the HTML and Word reports (`chiso report --plan`), and the appraisal records of a
// self-assessment workbook (`chiso appraisal --format xlsx`). What the page shows is checked against the same
// computations made here in Node.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { planRank, whatIf } from '@chiso/scenarios'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type RunningBrowser } from '../../browser-tests/src/chromium.js'
import { runCli } from '../../cli/test/helpers.js'
import { buildStudio } from '../build/build-studio.mjs'
import { openData } from '../src/open-data.js'
import { openMethodology } from '../src/open-methodology.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const METHODOLOGY = 'examples/district-cchc/district.methodology.yaml'
const DATA = 'examples/district-cchc/districts-2023.synthetic.csv'
const WORKBOOK = 'examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx'

let running: RunningBrowser
let page: Page
let outDir: string

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'chiso-studio-'))
  await buildStudio(outDir)
  running = await launchChromium()
  page = await running.browser.newPage({ acceptDownloads: true })
  await page.goto(pathToFileURL(join(outDir, 'index.html')).href)
}, 60_000)

afterAll(async () => {
  await running?.close()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

async function downloaded(button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(button),
  ])
  return readFileSync(await (download as Download).path())
}

/** The ranking table as rank, unit, index and band per row. */
async function rankingRows(): Promise<string[][]> {
  return page.$$eval('#ranking-table tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].slice(0, 5).map((cell) => cell.textContent ?? '')),
  )
}

describe('chiso studio in Chromium', () => {
  it('scores the district example, explains, moves a slider, plans, and downloads the CLI’s files', async () => {
    const compiled = openMethodology({
      kind: 'file',
      file: 'district.methodology.yaml',
      text: readFileSync(join(ROOT, METHODOLOGY), 'utf8'),
    })
    const dataBytes = readFileSync(join(ROOT, DATA))
    const { dataset } = await openData('districts-2023.synthetic.csv', dataBytes, compiled)
    const cli = await runCli(['score', METHODOLOGY, DATA, '--format', 'csv'], { cwd: ROOT })
    expect(cli.code).toBe(0)

    // Vietnamese first.
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await page.setInputFiles('#methodology-file', join(ROOT, METHODOLOGY))
    await page.setInputFiles('#data-file', join(ROOT, DATA))
    // The files are read once the page shows their names.
    await page.waitForSelector('#methodology-chosen:has-text("district.methodology.yaml")')
    await page.waitForSelector('#data-chosen:has-text("districts-2023.synthetic.csv")')
    await page.click('#score')
    await page.waitForSelector('#ranking-table tbody tr')

    // The ranking: the CLI's rank, unit, displayed index and band, row for row.
    const csvRows = cli.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
    const expected = csvRows.map((cells) => [cells[0], cells[1], cells[5], cells[8] === '' ? '—' : cells[8]])
    const shown = (await rankingRows()).map((cells) => [cells[0], cells[1], cells[3], cells[4]])
    expect(shown).toHaveLength(27)
    expect(shown).toEqual(expected)

    // The downloaded scores are the CLI's bytes.
    expect((await downloaded('#download-csv')).equals(Buffer.from(cli.stdout, 'utf8'))).toBe(true)

    // The profile of the last unit, and an explanation followed down to the cell the value came from.
    const last = expected.at(-1)![1]!
    await page.click(`#ranking-table tr[data-unit="${last}"] button`)
    await page.waitForSelector('#profile-heading')
    await page.click('#profile tbody tr:first-child button')
    await page.click('#explanation tbody tr:first-child button')
    await page.click('#explanation tbody tr:first-child button')
    const leafText = (await page.textContent('#explanation')) ?? ''
    expect(leafText).toMatch(/tệp districts-2023\.synthetic\.csv, dòng \d+, cột \d+/)

    // A slider: the unit's first share count below its total, moved to the total with the keyboard.
    const slider = await page.$('#what-if input[type="range"][data-field="done"]:not([data-at-max])')
    const candidates = await page.$$eval('#what-if input[type="range"][data-field="done"]', (inputs) =>
      inputs
        .map((input) => input as HTMLInputElement)
        .filter((input) => Number(input.value) < Number(input.max))
        .map((input) => ({ id: input.id, node: input.dataset.node!, max: input.max })),
    )
    expect(slider).not.toBeNull()
    const moved = candidates[0]!
    await page.focus(`#${moved.id}`)
    await page.keyboard.press('End')
    await page.waitForSelector('#ranking-table th:nth-child(6)')
    const after = whatIf(compiled, dataset, {
      observations: [{ unit: last, node: moved.node, field: 'done', value: moved.max }],
    }).after
    const afterRows = (await rankingRows()).map((cells) => [cells[1], cells[0], cells[3]])
    const afterExpected = [...after.units]
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((unit) => [unit.unit, String(unit.rank), unit.indexDisplay])
    expect(afterRows).toEqual(afterExpected)
    expect(await page.textContent('#what-if-outcome')).toContain(
      `${after.units.find((unit) => unit.unit === last)!.indexDisplay}`,
    )

    // A plan: rise 3 ranks, with one criterion locked and a price per point set in the costs table.
    await page.click('#what-if-reset')
    await page.selectOption('#plan-target', 'rise')
    await page.fill('#plan-number', '3')
    await page.click('#plan summary')
    await page.fill('#costs-table tr[data-node="7.1.1"] input[type="text"]', '4')
    await page.check('#costs-table tr[data-node="6.1.1"] input[type="checkbox"]')
    await page.click('#make-plan')
    await page.waitForSelector('#plan-result')
    const plan = planRank(compiled, dataset, {
      unit: last,
      target: { kind: 'rise', ranks: 3 },
      costs: { default: { perPoint: '1' }, nodes: { '7.1.1': { perPoint: '4' } }, lock: ['6.1.1'] },
    })
    expect(plan.steps.length).toBeGreaterThan(0)
    const steps = await page.$$eval('#plan-result tbody tr', (rows) =>
      rows.map((row) => row.getAttribute('data-node')),
    )
    expect(steps).toEqual(plan.steps.map((step) => step.node))
    expect(steps).not.toContain('6.1.1')
    expect(await page.textContent('#plan-result')).toContain(plan.cost)
    // The plan and the costs table are the files `chiso plan --costs FILE --json` reads and writes. The CLI
    // runs beside copies of the files, named as the page knows them (diagnostics name the data file as given).
    copyFileSync(join(ROOT, METHODOLOGY), join(outDir, 'district.methodology.yaml'))
    copyFileSync(join(ROOT, DATA), join(outDir, 'districts-2023.synthetic.csv'))
    const files = ['district.methodology.yaml', 'districts-2023.synthetic.csv']
    const costsName = 'districts-2023.synthetic.costs.yaml'
    writeFileSync(join(outDir, costsName), await downloaded('#download-costs'))
    const planBytes = await downloaded('#download-plan')
    const cliPlan = await runCli(
      [...['plan', ...files, '--unit', last, '--rise', '3'], ...['--costs', costsName, '--json']],
      { cwd: outDir },
    )
    expect(cliPlan.stderr).toBe('')
    expect(planBytes.toString('utf8')).toBe(cliPlan.stdout)
    expect(JSON.parse(cliPlan.stdout).cost).toBe(plan.cost)

    // The reports: the CLI's bytes for the same files, the plan downloaded above and the unit profiled.
    writeFileSync(join(outDir, 'plan.json'), planBytes)
    const reportArgs = ['report', ...files, '--plan', 'plan.json']
    const reportOptions = [...['--unit', last, '--lang', 'vi', '--out']]
    // The command line and the browser work at the same time (two processes), each making both reports.
    const cliReports = (async () => {
      const html = await runCli([...reportArgs, ...reportOptions, 'cli.report.html'], { cwd: outDir })
      const docx = await runCli([...reportArgs, ...reportOptions, 'cli.report.docx'], { cwd: outDir })
      return [html, docx]
    })()
    const pageReports = (async () => {
      const html = await downloaded('#download-report-html')
      return [html, await downloaded('#download-report-docx')]
    })()
    const [[cliHtml, cliDocx], [html, docx]] = await Promise.all([cliReports, pageReports])
    expect(cliHtml!.stderr).toMatch(/^đã ghi /)
    expect(cliDocx!.stderr).toMatch(/^đã ghi /)
    expect(html!.toString('utf8')).toContain(`<html lang="vi">`)
    expect(html!.toString('utf8')).toBe(readFileSync(join(outDir, 'cli.report.html'), 'utf8'))
    expect(docx!.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(docx!.equals(readFileSync(join(outDir, 'cli.report.docx')))).toBe(true)

    // English on demand, Vietnamese kept for the next visit of this language choice.
    await page.click('#language')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.textContent('#ranking-heading')).toBe('2. Ranking')

    // A self-assessment workbook: its appraisal records are the CLI's workbook, in the page's language.
    const appraisalFile = join(outDir, 'cli.appraisal.xlsx')
    const cliAppraisal = runCli(
      ['appraisal', METHODOLOGY, WORKBOOK, '--format', 'xlsx', '--lang', 'en', '--out', appraisalFile],
      { cwd: ROOT },
    )
    await page.setInputFiles('#data-file', join(ROOT, WORKBOOK))
    await page.waitForSelector('#data-chosen:has-text("tu-danh-gia-2023.minh-hoa.xlsx")')
    await page.click('#score')
    // The click shows "working…" at once; the workbook's ranking replaces the example's when it says "Ranked".
    await page.waitForSelector('#open-status:has-text("Ranked")')
    const appraisal = await downloaded('#download-appraisal')
    expect((await cliAppraisal).code).toBe(0)
    expect(appraisal.equals(readFileSync(appraisalFile))).toBe(true)

    // A rejected cell is said in the page's language (words.js, loaded on the first error), and again in the
    // other one when the language is switched.
    const lines = readFileSync(join(ROOT, DATA), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
    const row = lines[1]!.split(',')
    row[2] = 'abc'
    writeFileSync(join(outDir, 'sai.csv'), `${lines[0]}\n${row.join(',')}\n`)
    await page.setInputFiles('#data-file', join(outDir, 'sai.csv'))
    await page.waitForSelector('#data-chosen:has-text("sai.csv")')
    await page.click('#score')
    const cell = `sai.csv:2:3: "abc": column "1.1.1", unit "${row[0]}": expected a number`
    await page.waitForSelector(`#open-status li:has-text('${cell}')`)
    await page.click('#language')
    const said = await page.textContent('#open-status')
    expect(said).toContain('1 ô dữ liệu không đọc được')
    expect(said).toContain(`sai.csv:2:3: không đọc được "abc": cột "1.1.1", đơn vị "${row[0]}": cần một số`)
    expect(said).not.toMatch(/expected|column|could not/)
    // Scoring, a plan and two reports (the Word one rasterised in the page), in the page and again by the CLI:
    // 13 s at load 9, over a minute at load 25. Each wait above has its own limit for a step that hangs.
  }, 180_000)
})

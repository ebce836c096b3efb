// The example page, built by Vite and driven in Chromium: it must bundle without Node built-ins, rank as Node
// does, re-rank on a slider exactly as Node's scoring session does, render something visible, run under its
// strict CSP without a violation, and compute the same fingerprint and scorecard (byte for byte) as Node.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { CompiledMethodology, Dataset, Scorecard } from '@chiso/core'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type RunningBrowser } from '../../../packages/browser-tests/src/chromium.js'
import { webConfig } from '../build/web-config.js'
import { loadDistrictExample } from './district-example.js'
import { type StaticServer, serveStatic } from './serve-static.js'

let outDir: string
let server: StaticServer
let running: RunningBrowser
let page: Page
let compiled: CompiledMethodology
let dataset: Dataset
const problems: string[] = []

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'chiso-web-'))
  await build({ configFile: false, ...webConfig({ outDir }) })
  server = await serveStatic(outDir)
  running = await launchChromium()
  page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  await page.goto(server.url)
  await page.locator('body[data-ready="true"]').waitFor()
  // Node's side: the same files through the same readers (yaml, the CSV reader of @chiso/adapters).
  ;({ compiled, dataset } = loadDistrictExample())
})

afterAll(async () => {
  await running?.close()
  await server?.close()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

/** The units as the page lists them: [code, rank] in row order. */
const rowsOf = (card: Scorecard) =>
  [...card.units]
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
    .map((unit) => [unit.unit, String(unit.rank ?? '')])

async function pageRows(): Promise<string[][]> {
  return page
    .locator('#ranking tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [(row as HTMLElement).dataset.unit!, (row as HTMLElement).dataset.rank!]),
    )
}

describe('the example page (Vite build, Chromium)', () => {
  it('bundles without any Node built-in, shim or require', () => {
    const scripts = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts) {
      const code = readFileSync(join(outDir, 'assets', file), 'utf8')
      // Vite replaces a Node built-in it cannot bundle by an empty `__vite-browser-external` module.
      expect(code, file).not.toContain('__vite-browser-external')
      expect(code, file).not.toMatch(/(?:from|import)\s*\(?\s*["'`]node:/)
      expect(code, file).not.toMatch(/\brequire\s*\(/)
      const gzip = gzipSync(code).length
      console.info(`${file}: ${code.length} bytes, ${gzip} gzipped`)
    }
  })

  it('shows the ranking in the order Node computes', async () => {
    const rows = await pageRows()
    expect(rows).toHaveLength(27)
    expect(rows).toEqual(rowsOf(compiled.evaluate(dataset)))
  })

  it('computes the same fingerprint and a byte-identical scorecard as Node', async () => {
    const inPage = await page.evaluate(() => ({
      fingerprint: window.__chiso!.fingerprint,
      scorecard: window.__chiso!.scorecardJson(),
    }))
    expect(inPage.fingerprint).toBe(compiled.fingerprint)
    expect(inPage.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(inPage.scorecard).toBe(JSON.stringify(compiled.evaluate(dataset)))
  })

  it('re-ranks on a slider move exactly as a Node scoring session does', async () => {
    const unit = await page.locator('#unit').inputValue()
    const sliders = await page.locator('#sliders input[type="range"]').evaluateAll((inputs) =>
      inputs.map((input) => ({
        node: (input as HTMLInputElement).dataset.node!,
        field: (input as HTMLInputElement).dataset.field!,
        max: (input as HTMLInputElement).max,
        boolean: (input as HTMLInputElement).step === '1' && (input as HTMLInputElement).max === '1',
      })),
    )
    expect(sliders.length).toBeGreaterThan(40)
    // The move that lifts the unit most in Node, so the test always moves the rank.
    const session = compiled.session(dataset)
    const before = session.scorecard()
    const rankOf = (card: Scorecard) => card.units.find((candidate) => candidate.unit === unit)?.rank ?? 0
    const changeOf = (slider: (typeof sliders)[number]) => ({
      unit,
      node: slider.node,
      field: slider.field,
      value:
        compiled.leaves.find((leaf) => leaf.code === slider.node)?.fields[slider.field]?.kind === 'boolean'
          ? true
          : slider.max,
    })
    const best = sliders
      .map((slider) => ({ slider, rank: rankOf(session.fork().apply([changeOf(slider)])) }))
      .sort((a, b) => a.rank - b.rank)[0]!
    expect(best.rank).toBeLessThan(rankOf(before))
    const expected = session.apply([changeOf(best.slider)])

    await page.locator(`#sliders input[data-node="${best.slider.node}"]`).fill(best.slider.max)
    await expect
      .poll(() => page.locator(`#ranking tr[data-unit="${unit}"]`).getAttribute('data-rank'), {
        timeout: 10_000,
      })
      .toBe(String(best.rank))
    expect(await pageRows()).toEqual(rowsOf(expected))
    const moved = await page
      .locator('#ranking tr.moved')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.unit).sort())
    const previous = new Map(before.units.map((entry) => [entry.unit, entry.rank]))
    expect(moved).toEqual(
      expected.units
        .filter((entry) => previous.get(entry.unit) !== entry.rank)
        .map((entry) => entry.unit)
        .sort(),
    )
    expect(moved).toContain(unit)
    expect(await page.evaluate(() => window.__chiso!.scorecardJson())).toBe(JSON.stringify(expected))
    const ms = await page.evaluate(() => window.__chiso!.lastRerankMs)
    console.info(`re-score and re-render after one slider move: ${ms?.toFixed(2)} ms`)
  })

  it('renders a visible page (the screenshot is not blank)', async () => {
    const png = await page.screenshot({ fullPage: false })
    const blank = await running.browser.newPage()
    const { inked, colours } = await blank.evaluate(
      async (dataUrl) => {
        const image = new Image()
        image.src = dataUrl
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0)
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
        let inked = 0
        const colours = new Set<number>()
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
          if (r < 240 || g < 240 || b < 240) inked++
          colours.add((r << 16) | (g << 8) | b)
        }
        return { inked: inked / (data.length / 4), colours: colours.size }
      },
      `data:image/png;base64,${png.toString('base64')}`,
    )
    await blank.close()
    expect(inked).toBeGreaterThan(0.02)
    expect(colours).toBeGreaterThan(16)
  })

  it('ran without page errors, console errors or CSP violations', () => {
    expect(problems).toEqual([])
  })
})

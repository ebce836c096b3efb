// Opens a written report in Chromium (Debian's, through the browser tests' launcher), checks that it makes no
// request beyond its own file, fits the window, and draws something: a full-page screenshot decoded by the
// browser itself (drawn into a canvas) has many colours, the bands' and the areas' among them. The screenshot
// is written to <tmpdir>/chiso-report-screenshot/district-report.png; for a person to look at it, run with
// CHISO_KEEP_TEST_FILES=1, which keeps the test run's temporary folder (.config/temporary-folder.ts).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type RunningBrowser } from '../../browser-tests/src/chromium.js'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DISTRICT = [
  'examples/district-cchc/district.methodology.yaml',
  'examples/district-cchc/districts-2023.synthetic.csv',
]
const SCREENSHOT = join(tmpdir(), 'chiso-report-screenshot', 'district-report.png')

async function cli(args: string[]): Promise<void> {
  const result = await runCli(args, { cwd: ROOT })
  if (result.code !== 0) throw new Error(`chiso ${args.join(' ')} → ${result.code}\n${result.stderr}`)
}

// The callbacks given to page.evaluate run in the page; this package is typed for Node (no DOM library), so
// they reach the browser's globals through these few declared shapes.
interface Box {
  getBoundingClientRect(): { height: number }
}
interface PageGlobals {
  document: {
    documentElement: { scrollWidth: number; scrollHeight: number }
    querySelectorAll(selector: string): ArrayLike<Box>
  }
  innerWidth: number
}
interface Bitmap {
  width: number
  height: number
}
interface CanvasGlobals {
  createImageBitmap(blob: Blob): Promise<Bitmap>
  OffscreenCanvas: new (
    width: number,
    height: number,
  ) => {
    getContext(kind: '2d'): {
      drawImage(image: Bitmap, x: number, y: number): void
      getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray }
    }
  }
}

/** #rrggbb → 'r,g,b', the key the page's pixel count uses. */
const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(',')

describe('chiso report in Chromium', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-report-browser-'))
  const report = join(temp, 'report.html')
  let chromium: RunningBrowser

  beforeAll(async () => {
    const plan = join(temp, 'plan.json')
    const simulation = join(temp, 'sim.json')
    await cli(['plan', ...DISTRICT, '--unit', 'lang-chanh', '--rise', '10', '--json', '--out', plan])
    await cli([
      'simulate',
      ...DISTRICT,
      '--runs',
      '500',
      '--seed',
      '42',
      '--spec',
      'examples/rank-scenarios/spec.yaml',
      '--json',
      '--out',
      simulation,
    ])
    await cli(['report', ...DISTRICT, '--plan', plan, '--simulate', simulation, '--out', report])
    chromium = await launchChromium()
  })
  afterAll(async () => {
    await chromium?.close()
    rmSync(temp, { recursive: true, force: true })
  })

  it('opens offline, fits the window and draws the table and the charts', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } })
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(report).href)
    expect(requests).toEqual([pathToFileURL(report).href])

    const layout = await page.evaluate(() => {
      const { document, innerWidth } = globalThis as unknown as PageGlobals
      return {
        overflow: document.documentElement.scrollWidth - innerWidth,
        height: document.documentElement.scrollHeight,
        charts: Array.from(document.querySelectorAll('.chart figure > svg, .chart > svg')).map(
          (svg) => svg.getBoundingClientRect().height,
        ),
        rows: document.querySelectorAll('table.ranking tbody tr').length,
      }
    })
    expect(layout.overflow).toBeLessThanOrEqual(0)
    expect(layout.rows).toBe(27)
    expect(layout.charts).toHaveLength(3) // areas, profile, simulation
    for (const height of layout.charts) expect(height).toBeGreaterThan(100)

    mkdirSync(join(tmpdir(), 'chiso-report-screenshot'), { recursive: true })
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true })
    await page.close()

    // Decode the PNG with the browser itself: draw it into a canvas and count its colours.
    const viewer = await chromium.browser.newPage()
    const pixels = await viewer.evaluate(async (base64) => {
      const { createImageBitmap, OffscreenCanvas } = globalThis as unknown as CanvasGlobals
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      context.drawImage(bitmap, 0, 0)
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data
      const counts: Record<string, number> = {}
      let white = 0
      for (let i = 0; i < data.length; i += 4) {
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`
        counts[key] = (counts[key] ?? 0) + 1
        if (key === '255,255,255') white++
      }
      return { width: bitmap.width, height: bitmap.height, counts, white, total: data.length / 4 }
    }, png.toString('base64'))
    await viewer.close()

    expect(pixels.width).toBe(1100)
    expect(pixels.height).toBe(layout.height)
    expect(Object.keys(pixels.counts).length).toBeGreaterThan(100)
    const inked = 1 - pixels.white / pixels.total
    expect(inked).toBeGreaterThan(0.05)
    expect(inked).toBeLessThan(0.9)
    // Solid fills of the first two areas' segments and of band A's badges are on the page.
    for (const colour of ['#4e79a7', '#f28e2c', '#1b7a3d'])
      expect(pixels.counts[rgb(colour)] ?? 0).toBeGreaterThan(200)
  })
})

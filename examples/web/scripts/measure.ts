// Measures the built page: the size of what the browser downloads (raw and gzipped, with the dataset's share
// of the script), and the time one slider move takes in Chromium to re-score, re-rank and re-render (median
// and 95th percentile over many moves, as the page itself times them with performance.now()).
// Run: pnpm --filter @chiso-examples/web run measure
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { launchChromium } from '../../../packages/browser-tests/src/chromium.js'
import { webConfig } from '../build/web-config.js'
import { serveStatic } from '../test/serve-static.js'

const MOVES = 200
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

const outDir = mkdtempSync(join(tmpdir(), 'chiso-web-measure-'))
try {
  await build({ configFile: false, ...webConfig({ outDir }) })
  for (const file of readdirSync(join(outDir, 'assets')).sort()) {
    const text = readFileSync(join(outDir, 'assets', file), 'utf8')
    console.log(`${file}: ${kB(text.length)} minified, ${kB(gzipSync(text).length)} gzipped`)
    // The dataset is one JSON string literal inside the script: report the code without it too.
    const data = /JSON\.parse\((`|")(?:\\.|(?!\1).)*\1\)/s.exec(text)
    if (data) {
      const code = text.replace(data[0], '0')
      console.log(`  of which dataset JSON: ${kB(data[0].length)} (${kB(gzipSync(data[0]).length)} gzipped)`)
      console.log(`  code without the dataset: ${kB(code.length)} (${kB(gzipSync(code).length)} gzipped)`)
    }
  }
  const server = await serveStatic(outDir)
  const running = await launchChromium()
  try {
    const page = await running.browser.newPage()
    await page.goto(server.url)
    await page.locator('body[data-ready="true"]').waitFor()
    // The survey mean 7.1.1 of the chosen unit, swept back and forth across its 1–5 scale.
    const slider = page.locator('#sliders input[data-node="7.1.1"]')
    const times: number[] = []
    for (let move = 0; move < MOVES; move++) {
      await slider.fill((1 + ((move * 37) % 400) / 100).toFixed(2))
      times.push((await page.evaluate(() => window.__chiso!.lastRerankMs))!)
    }
    times.sort((a, b) => a - b)
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2)
    console.log(
      `one slider move (apply + re-rank + render, ${MOVES} moves): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
    )
  } finally {
    await running.close()
    await server.close()
  }
} finally {
  rmSync(outDir, { recursive: true, force: true })
}

// Measures chiso studio for docs/performance.md: the gzipped size of each file of the built folder, and the
// time from the "score" click to the first ranking on screen for the district example (27 units × 80 leaves),
// in Debian's Chromium, each run in a fresh page opened from file:// (nothing cached, nothing warmed up).
//   node packages/studio/build/measure-studio.mjs [runs]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { buildStudio } from './build-studio.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const runs = Number(process.argv[2] ?? 5)
// Loaded only when asked for: a workbook, a report, a Word report, the words of an error.
const ON_DEMAND = new Set(['xlsx.js', 'report.js', 'docx.js', 'words.js'])
const out = mkdtempSync(join(tmpdir(), 'chiso-studio-measure-'))
await buildStudio(out)
let initial = 0
for (const file of readdirSync(out).sort()) {
  const bytes = readFileSync(join(out, file))
  const gzipped = gzipSync(bytes).length
  if (!ON_DEMAND.has(file)) initial += gzipped
  console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KiB, gzipped ${(gzipped / 1024).toFixed(0)} KiB`)
}
console.log(
  `loaded at start (all but ${[...ON_DEMAND].join(', ')}), gzipped: ${(initial / 1024).toFixed(0)} KiB`,
)

const browser = await chromium.launch({
  executablePath: process.env.CHISO_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const times = []
for (let run = 0; run < runs; run++) {
  const page = await browser.newPage()
  await page.goto(pathToFileURL(join(out, 'index.html')).href)
  await page.setInputFiles(
    '#methodology-file',
    join(ROOT, 'examples/district-cchc/district.methodology.yaml'),
  )
  await page.setInputFiles('#data-file', join(ROOT, 'examples/district-cchc/districts-2023.synthetic.csv'))
  // The files are read once the page shows their names.
  await page.waitForSelector('#data-chosen:has-text("districts-2023")')
  await page.waitForSelector('#methodology-chosen:has-text("district.methodology")')
  const started = Date.now()
  await page.click('#score')
  await page.waitForSelector('#ranking-table tbody tr')
  times.push(Date.now() - started)
  const phases = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .map((entry) => `${entry.name.slice(6)} ${Math.round(entry.duration)}`),
  )
  console.log(`run ${run + 1}: ${times.at(-1)} ms (${phases.join(', ')})`)
  await page.close()
}
await browser.close()
rmSync(out, { recursive: true, force: true })
times.sort((a, b) => a - b)
console.log(
  `time to first ranking (ms), ${runs} runs: fastest ${times[0]}, median ${times[Math.floor(times.length / 2)]}`,
)

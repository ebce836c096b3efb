import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { buildStudio } from './build-studio.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const PKG = fileURLToPath(new URL('../', import.meta.url))
const oldDir = '/tmp/studio-cmp-old',
  newDir = '/tmp/studio-cmp-new'
rmSync(oldDir, { recursive: true, force: true })
mkdirSync(oldDir, { recursive: true })
await build({
  entryPoints: [join(PKG, '../.studio-baseline/src/main.ts')],
  outfile: join(oldDir, 'studio.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  conditions: ['chiso-source'],
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  nodePaths: [join(PKG, 'node_modules')],
})
for (const f of ['index.html', 'studio.css'])
  copyFileSync(join(PKG, '../.studio-baseline/src', f), join(oldDir, f))
await buildStudio(newDir, { workbooks: false, reports: false })
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const runs = Number(process.argv[2] ?? 7)
const times = { old: [], new: [] }
async function once(dir) {
  const page = await browser.newPage()
  await page.goto(pathToFileURL(join(dir, 'index.html')).href)
  await page.setInputFiles(
    '#methodology-file',
    join(ROOT, 'examples/district-cchc/district.methodology.yaml'),
  )
  await page.setInputFiles('#data-file', join(ROOT, 'examples/district-cchc/districts-2023.synthetic.csv'))
  await page.waitForSelector('#data-chosen:has-text("districts-2023")')
  await page.waitForSelector('#methodology-chosen:has-text("district.methodology")')
  const started = Date.now()
  await page.click('#score')
  await page.waitForSelector('#ranking-table tbody tr')
  const t = Date.now() - started
  await page.close()
  return t
}
for (let r = 0; r < runs; r++) {
  for (const [k, d] of r % 2
    ? [
        ['new', newDir],
        ['old', oldDir],
      ]
    : [
        ['old', oldDir],
        ['new', newDir],
      ])
    times[k].push(await once(d))
}
await browser.close()
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
console.log('old', times.old.join(' '), 'median', med(times.old))
console.log('new', times.new.join(' '), 'median', med(times.new))
console.log('ratio new/old (medians)', (med(times.new) / med(times.old)).toFixed(2))

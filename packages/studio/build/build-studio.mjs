// Builds chiso studio into one folder of static files (dist/ by default): index.html, studio.css, studio.js
// (core, the CSV reader, the scenarios and the page) and xlsx.js (the workbook reader and writer, loaded only
// when a workbook is opened or asked for). Both scripts are classic IIFE scripts, not modules: browsers refuse
// module scripts from file://, and the folder must work when opened straight from the disk.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const PACKAGE = dirname(dirname(fileURLToPath(import.meta.url)))

/**
 * Builds the studio into `outDir` and returns the bundles' sizes in bytes (before compression). `workbooks:
 * false` leaves out xlsx.js (a test that opens no workbook need not wait for exceljs to be bundled).
 *
 * @example
 * ```js
 * await buildStudio('dist') // { 'studio.js': 778000, 'xlsx.js': 1418000 }
 * ```
 */
export async function buildStudio(outDir = join(PACKAGE, 'dist'), { workbooks = true } = {}) {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const bundles = { 'studio.js': 'src/main.ts', ...(workbooks ? { 'xlsx.js': 'src/xlsx-entry.ts' } : {}) }
  const sizes = {}
  for (const [name, entry] of Object.entries(bundles)) {
    const result = await build({
      entryPoints: [join(PACKAGE, entry)],
      outfile: join(outDir, name),
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      // The workspace packages are bundled from their sources: the studio needs no build of them first.
      conditions: ['chiso-source'],
      // Same bytes from the same sources: no absolute paths or dates in the output.
      legalComments: 'none',
      charset: 'utf8',
      metafile: true,
      logLevel: 'warning',
    })
    sizes[name] = Object.values(result.metafile.outputs)[0].bytes
  }
  for (const file of ['index.html', 'studio.css'])
    copyFileSync(join(PACKAGE, 'src', file), join(outDir, file))
  return sizes
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildStudio(process.argv[2])
  for (const [name, bytes] of Object.entries(sizes)) console.log(`${name} ${(bytes / 1024).toFixed(0)} KiB`)
}

// Builds chiso studio into one folder of static files (dist/ by default): index.html, studio.css, studio.js
// (core, the CSV reader, the scenarios and the page), and three bundles loaded only when asked for: xlsx.js
// (the workbook reader and writer, and the appraisal records), report.js (the HTML report) and docx.js (the
// Word report, with its rasteriser's WebAssembly and font inside). Every script is a classic IIFE script, not a module: browsers
// refuse module scripts from file://, and the folder must work when opened straight from the disk.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const PACKAGE = dirname(dirname(fileURLToPath(import.meta.url)))

// The report builders are the command line's, with the same Observable Plot drawing into the same server-side
// DOM (linkedom): the page's own DOM would serialise the SVG charts differently (attribute order, closing
// tags, style spacing), and the downloaded report must be the command line's bytes. The one file of theirs
// that reads from the disk (the rasteriser's WebAssembly and font) is replaced by the studio's browser
// version, as a package's "browser" field would replace it.
const BROWSER_STAND_INS = [['docx-report/svg-to-png.js', 'src/report/browser-svg-to-png.ts']]

/** @type {import('esbuild').Plugin} */
const browserStandIns = {
  name: 'browser-stand-ins',
  setup(build) {
    build.onResolve({ filter: /(?:^|\/)svg-to-png\.js$/ }, (args) => {
      // Only the command line's own files are replaced (the stand-ins import their types from them).
      if (!args.importer.includes(`${sep}cli${sep}src${sep}`)) return undefined
      const target = resolve(args.resolveDir, args.path).split(sep).join('/')
      const standIn = BROWSER_STAND_INS.find(([file]) => target.endsWith(`/cli/src/${file}`))
      return standIn === undefined ? undefined : { path: join(PACKAGE, standIn[1]) }
    })
  },
}

// Observable Plot nudges its marks by half a pixel unless the screen's pixel ratio is above 1, and takes that
// choice once, from the page's window, when it loads; in Node (the command line) there is no window and the
// offset is 0. A report is a file, not a screen: the browser build pins the command line's 0, so the charts in
// the studio's reports are the command line's bytes. The build fails if Plot's line changes.
const PLOT_OFFSET =
  /export const offset = \(typeof window !== "undefined" \? window\.devicePixelRatio > 1 : typeof it === "undefined"\) \? 0 : 0\.5;/

/** @type {import('esbuild').Plugin} */
const plotOffsetAsInNode = {
  name: 'plot-offset-as-in-node',
  setup(build) {
    build.onLoad({ filter: /[\\/]@observablehq[\\/]plot[\\/]src[\\/]style\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      if (!PLOT_OFFSET.test(source)) throw new Error(`${args.path}: Plot's offset line has changed`)
      return { contents: source.replace(PLOT_OFFSET, 'export const offset = 0;'), loader: 'js' }
    })
  },
}

/** The bundles: the start bundle, and the ones loaded on demand (left out with `reports`/`workbooks: false`). */
function bundlesOf({ workbooks, reports }) {
  return {
    'studio.js': 'src/main.ts',
    // The sentences of errors and import reasons: loaded the first time an error is shown.
    'words.js': 'src/words-entry.ts',
    ...(workbooks ? { 'xlsx.js': 'src/xlsx-entry.ts' } : {}),
    ...(reports ? { 'report.js': 'src/report-entry.ts', 'docx.js': 'src/docx-entry.ts' } : {}),
  }
}

/**
 * Builds the studio into `outDir` and returns the bundles' sizes in bytes (before compression). `workbooks:
 * false` leaves out xlsx.js and `reports: false` report.js and docx.js (a test that needs none of them need not
 * wait for them to be bundled).
 *
 * @example
 * ```js
 * await buildStudio('dist') // { 'studio.js': 778000, 'xlsx.js': 1418000, 'report.js': …, 'docx.js': … }
 * ```
 */
export async function buildStudio(outDir = join(PACKAGE, 'dist'), { workbooks = true, reports = true } = {}) {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const bundles = bundlesOf({ workbooks, reports })
  // One build for every bundle: the modules they share (core, zod, decimal.js) are read and parsed once.
  const result = await build({
    entryPoints: Object.fromEntries(
      Object.entries(bundles).map(([name, entry]) => [name.replace(/\.js$/, ''), join(PACKAGE, entry)]),
    ),
    outdir: outDir,
    entryNames: '[name]',
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // The workspace packages are bundled from their sources: the studio needs no build of them first.
    conditions: ['chiso-source'],
    plugins: [browserStandIns, plotOffsetAsInNode],
    // The rasteriser's WebAssembly and font, as bytes inside docx.js.
    loader: { '.wasm': 'binary', '.ttf': 'binary' },
    // Same bytes from the same sources: no absolute paths or dates in the output.
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  })
  const sizes = {}
  for (const [path, output] of Object.entries(result.metafile.outputs))
    sizes[path.split('/').at(-1)] = output.bytes
  for (const file of ['index.html', 'studio.css'])
    copyFileSync(join(PACKAGE, 'src', file), join(outDir, file))
  return sizes
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildStudio(process.argv[2])
  for (const [name, bytes] of Object.entries(sizes)) console.log(`${name} ${(bytes / 1024).toFixed(0)} KiB`)
}

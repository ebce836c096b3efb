// `pnpm run check:packages`: publint and attw (Are the Types Wrong?) on every published package, as its own
// `check:package` script runs them (`publint --strict && attw --pack . --no-emoji`), in one process.
//
// Run one package at a time, those scripts packed every package twice (publint with pnpm, attw with npm) and
// started attw, and the TypeScript compiler it loads, once per package. Here every published package is packed
// once, by `pnpm pack` (what `pnpm publish` uploads: workspace ranges already replaced), and both tools check
// that tarball through their own APIs with the options of those scripts: publint strict (a warning fails),
// attw's default "strict" profile (every problem in every resolution — node10, node16 from CJS and from ESM,
// bundler — of every entry point fails). A package whose `check:package` script says anything else (an attw
// rule ignored for one entry point, say) has that script run as it is instead.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The script every published package declares; the checks below are exactly its two commands. */
export const STANDARD_CHECK = 'publint --strict && attw --pack . --no-emoji'

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', (error) => {
      output += `${error.message}\n`
    })
    child.on('close', (code) => resolve({ ok: code === 0, output }))
  })
}

const published = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const dir = join(root, 'packages', entry.name)
    try {
      return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }
    } catch {
      return undefined
    }
  })
  .filter((pkg) => pkg !== undefined && pkg.manifest.private !== true)
  .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name))

let failed = false
const unchecked = published.filter((pkg) => !pkg.manifest.scripts?.['check:package'])
for (const pkg of unchecked) {
  console.log(`${pkg.manifest.name}: no check:package script (every published package needs one)`)
  failed = true
}
const standard = published.filter((pkg) => pkg.manifest.scripts?.['check:package'] === STANDARD_CHECK)
const own = published.filter(
  (pkg) =>
    pkg.manifest.scripts?.['check:package'] && pkg.manifest.scripts['check:package'] !== STANDARD_CHECK,
)

// The packages with their own script run it, beside the packing below (both mostly wait for child processes).
const ownRuns = own.map(async (pkg) => {
  const result = await run('pnpm', ['run', 'check:package'], pkg.dir)
  console.log(`${pkg.manifest.name} (its own check:package script)\n${result.output}`)
  if (!result.ok) failed = true
})

const out = mkdtempSync(join(tmpdir(), 'chiso-check-packages-'))
try {
  if (standard.length > 0) {
    const filters = standard.flatMap((pkg) => ['--filter', pkg.manifest.name])
    const packed = await run('pnpm', ['-r', ...filters, 'pack', '--pack-destination', out], root)
    if (!packed.ok) {
      console.log(packed.output)
      throw new Error('pnpm pack failed')
    }
    const { publint } = await import('publint')
    const { formatMessage } = await import('publint/utils')
    const attwCli = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')
    const attw = await import(pathToFileURL(createRequire(attwCli).resolve('@arethetypeswrong/core')).href)
    const { typed } = await import('@arethetypeswrong/cli/internal/render')
    const { getExitCode } = await import('@arethetypeswrong/cli/internal/getExitCode')
    for (const pkg of standard) {
      const { name, version } = pkg.manifest
      const tarball = readFileSync(join(out, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`))
      const data = new Uint8Array(tarball)
      const lint = await publint({ pack: { tarball: data.slice().buffer }, strict: true })
      // As the publint command: errors (warnings, with --strict) fail; suggestions are printed only.
      const errors = lint.messages.filter((message) => message.type === 'error')
      console.log(`publint ${name}: ${lint.messages.length === 0 ? 'all good' : ''}`)
      for (const message of lint.messages)
        console.log(`  ${message.type}: ${formatMessage(message, lint.pkg)}`)
      if (errors.length > 0) failed = true
      const analysis = await attw.checkPackage(attw.createPackageFromTarballData(data))
      if (!analysis.types) {
        console.log(`attw ${name}: the package ships no types`)
        failed = true
        continue
      }
      const problems = getExitCode(analysis, { ignoreRules: [], ignoreResolutions: [] }) !== 0
      const entrypoints = Object.keys(analysis.entrypoints)
      console.log(`attw ${name}: ${problems ? 'PROBLEMS' : 'no problems'} (${entrypoints.join(', ')})`)
      if (problems) {
        console.log(await typed(analysis, { emoji: false, format: 'ascii' }))
        failed = true
      }
    }
  }
  await Promise.all(ownRuns)
} finally {
  rmSync(out, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)

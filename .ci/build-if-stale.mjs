// `pnpm start` builds only what changed, quietly: a package is rebuilt when a file of its src/ (or its
// package.json, tsup config, or a workspace package it depends on that was rebuilt) is newer than its dist/.
// The build's log is shown only when it fails, so `pnpm start` prints the ranking and nothing else.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
// In dependency order: a package is built after the workspace packages it depends on.
const ORDER = ['core', 'sdk', 'adapters', 'scenarios', 'cli']

function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue
    latest = Math.max(latest, newest(join(path, entry)))
  }
  return latest
}

function oldest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let earliest = Number.POSITIVE_INFINITY
  for (const entry of readdirSync(path)) earliest = Math.min(earliest, oldest(join(path, entry)))
  return earliest === Number.POSITIVE_INFINITY ? 0 : earliest
}

const rebuilt = new Set()
for (const name of ORDER) {
  const dir = join(root, 'packages', name)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const dependsOnRebuilt = Object.keys(manifest.dependencies ?? {}).some((dep) => rebuilt.has(dep))
  const inputs = Math.max(
    newest(join(dir, 'src')),
    newest(join(dir, 'package.json')),
    newest(join(dir, 'tsup.config.ts')),
  )
  if (!dependsOnRebuilt && oldest(join(dir, 'dist')) > inputs) continue
  const build = spawnSync('pnpm', ['--silent', 'run', 'build'], { cwd: dir, encoding: 'utf8' })
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}build of packages/${name} failed\n`)
    process.exit(build.status ?? 1)
  }
  rebuilt.add(manifest.name)
}

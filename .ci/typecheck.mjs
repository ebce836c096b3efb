// Type-checks every package and example in as few TypeScript programs as their compiler options allow.
//
// Each workspace folder keeps its own tsconfig.json (what editors and `pnpm --filter X run typecheck` use). Checked
// one by one, the twenty programs each load zod's types, Node's types and the packages' shared sources again, which
// took twice the CPU time of this script. Folders whose compiler options are identical are checked together in one
// program instead; a folder whose options differ (the DOM lib, no Node types, checking against the built
// declarations) still gets a program of its own, so no folder is checked under options it did not declare.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const base = join(root, 'tsconfig.base.json')
const generated = join(root, 'node_modules', '.cache', 'chiso-typecheck')

/** Every workspace folder with a `typecheck` script, with its tsconfig.json. */
function workspaceFolders() {
  const folders = []
  for (const parent of ['packages', 'examples']) {
    for (const name of readdirSync(join(root, parent)).sort()) {
      const folder = join(root, parent, name)
      let manifest
      try {
        manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
      } catch {
        continue
      }
      if (!manifest.scripts?.typecheck) continue
      const configPath = join(folder, 'tsconfig.json')
      const config = JSON.parse(readFileSync(configPath, 'utf8'))
      folders.push({ folder, configPath, config })
    }
  }
  return folders
}

/** Folders that can share a program: same base, same compiler options, no files/references of their own. */
function groupFolders(folders) {
  const groups = new Map()
  const alone = []
  for (const entry of folders) {
    const { folder, config } = entry
    const mergeable =
      join(folder, config.extends ?? '') === base &&
      Array.isArray(config.include) &&
      config.files === undefined &&
      config.references === undefined &&
      config.exclude === undefined
    if (!mergeable) {
      alone.push(entry)
      continue
    }
    const key = JSON.stringify(sortKeys(config.compilerOptions ?? {}))
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return { groups: [...groups.values()], alone }
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  )
}

/** Writes one tsconfig for a group and returns the check to run. */
function groupCheck(group, index) {
  if (group.length === 1)
    return { label: relative(root, group[0].folder), configPath: group[0].configPath, size: 1 }
  const configPath = join(generated, `group-${index}.json`)
  const include = group.flatMap(({ folder, config }) =>
    config.include.map((pattern) => relative(generated, join(folder, pattern))),
  )
  const config = {
    extends: relative(generated, base),
    compilerOptions: group[0].config.compilerOptions ?? {},
    include,
  }
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`)
  return {
    label: group.map(({ folder }) => relative(root, folder)).join(', '),
    configPath,
    size: group.length,
  }
}

function runTsc({ label, configPath }) {
  return new Promise((resolve) => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', configPath], { cwd: dirname(configPath) })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('close', (code) => {
      process.stdout.write(`${code === 0 ? 'ok  ' : 'FAIL'} ${label}\n${output}`)
      resolve(code === 0)
    })
  })
}

const { groups, alone } = groupFolders(workspaceFolders())
rmSync(generated, { recursive: true, force: true })
mkdirSync(generated, { recursive: true })
const checks = [
  ...groups.map(groupCheck),
  ...alone.map(({ folder, configPath }) => ({ label: relative(root, folder), configPath, size: 1 })),
]
// tsc is single-threaded: one program per core, biggest programs first.
const queue = checks.sort((a, b) => b.size - a.size)
let passed = true
async function worker() {
  for (let check = queue.shift(); check; check = queue.shift()) {
    if (!(await runTsc(check))) passed = false
  }
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker))
process.exit(passed ? 0 : 1)

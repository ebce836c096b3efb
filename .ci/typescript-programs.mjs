// The TypeScript programs that check every package and example: as few as their compiler options allow.
//
// Each workspace folder keeps its own tsconfig.json (what editors and `pnpm --filter X run typecheck` use). Checked
// one by one, the twenty programs each load zod's types, Node's types and the packages' shared sources again, which
// took twice the CPU time of one program per set of options. Folders whose compiler options are identical are
// checked together in one program instead; a folder whose options differ (the DOM lib, no Node types, checking
// against the built declarations) still gets a program of its own, so no folder is checked under options it did
// not declare. Used by `pnpm run typecheck` (.ci/typecheck.mjs) and by the build (.ci/build.mjs), whose source
// programs also write the published packages' declarations.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
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
      alone.push([entry])
      continue
    }
    const key = JSON.stringify(sortKeys(config.compilerOptions ?? {}))
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups.values(), ...alone]
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

/** Writes one tsconfig for a group of folders and returns its program. */
function programOf(group, index) {
  const folders = group.map(({ folder }) => folder)
  const compilerOptions = group[0].config.compilerOptions ?? {}
  // Checked against the built packages' declarations (`customConditions: []`), so only after a build.
  const againstBuilt =
    Array.isArray(compilerOptions.customConditions) &&
    !compilerOptions.customConditions.includes('chiso-source')
  const label = folders.map((folder) => relative(root, folder)).join(', ')
  if (group.length === 1) return { label, configPath: group[0].configPath, folders, againstBuilt }
  const configPath = join(generated, `group-${index}.json`)
  const include = group.flatMap(({ folder, config }) =>
    config.include.map((pattern) => relative(generated, join(folder, pattern))),
  )
  const config = { extends: relative(generated, base), compilerOptions, include }
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`)
  return { label, configPath, folders, againstBuilt }
}

/**
 * The programs, biggest first (tsc is single-threaded: one program per core, the longest started first).
 *
 * @returns {{ label: string, configPath: string, folders: string[], otherFolders: string[], againstBuilt: boolean }[]}
 */
export function typescriptPrograms() {
  rmSync(generated, { recursive: true, force: true })
  mkdirSync(generated, { recursive: true })
  const programs = groupFolders(workspaceFolders())
    .map(programOf)
    .sort((a, b) => b.folders.length - a.folders.length)
  // A program also holds the sources its folders import from other folders (`chiso-source` resolves a
  // workspace package to its src/). Those files are checked by their own folder's program, under the options
  // that folder declares; reporting them again cost the studio's program more than half its time (the CLI's,
  // core's, the adapters' and the scenarios' sources under the DOM lib). A program reports its own files and
  // any file no program owns.
  const everyFolder = programs.flatMap(({ folders }) => folders)
  return programs.map((program) => ({
    ...program,
    otherFolders: everyFolder.filter((folder) => !program.folders.includes(folder)),
  }))
}

/** The published packages: the folders built with tsup, whose declarations the build writes. */
export function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .sort()
    .map((name) => join(root, 'packages', name))
    .filter((folder) => existsSync(join(folder, 'tsup.config.ts')))
}

/**
 * Checks one program in a child process (.ci/check-program.mjs), printing `ok`/`FAIL`, its label and the
 * compiler's errors in its own files; with `declarations`, also writes the declarations of those published
 * packages' sources.
 *
 * @param {{ label: string, configPath: string, otherFolders: string[] }} program
 * @param {{ outRoot: string, packages: string[] } | undefined} declarations
 * @returns {Promise<boolean>} whether it passed
 */
export function checkProgram({ label, configPath, otherFolders }, declarations = undefined) {
  const args = [join(root, '.ci', 'check-program.mjs'), configPath, '--others', ...otherFolders]
  if (declarations !== undefined) args.push('--declarations', declarations.outRoot, ...declarations.packages)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root })
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

/** Runs async tasks, at most one per core at a time; resolves to whether all of them passed. */
export async function runPool(tasks, width = availableParallelism()) {
  const queue = [...tasks]
  let passed = true
  async function worker() {
    for (let task = queue.shift(); task; task = queue.shift()) {
      if (!(await task())) passed = false
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, queue.length)) }, worker))
  return passed
}

// Builds every package (`pnpm run build`): the code with tsup, the published packages' declarations with the
// TypeScript compiler.
//
// The declarations are written by the type-check programs of the packages' sources (.ci/typescript-programs.mjs),
// once per file, and rolled up into each package's dist/ by its own build (@chiso/build-config): the build
// type-checks the sources (and tests) of the packages it publishes, and no program is built twice for it.
// With --typecheck (what `pnpm test` runs) it also runs every other program of `pnpm run typecheck`: those of the
// other source folders alongside, and those checked against the built declarations (the examples) after.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DECLARATIONS_ENV } from '../packages/build-config/declarations.js'
import { checkProgram, publishedPackages, root, runPool, typescriptPrograms } from './typescript-programs.mjs'

const typecheck = process.argv.includes('--typecheck')
const programs = typescriptPrograms()
const published = publishedPackages()
// Not under node_modules: the roll-up keeps files found there as imports instead of inlining them.
const outRoot = mkdtempSync(join(tmpdir(), 'chiso-declarations-'))

const writing = programs
  .map((program) => ({ program, packages: published.filter((dir) => program.folders.includes(dir)) }))
  .filter(({ program, packages }) => packages.length > 0 && !program.againstBuilt)
const written = new Set(writing.flatMap(({ packages }) => packages))
const missing = published.filter((dir) => !written.has(dir))
if (missing.length > 0) throw new Error(`no source program covers ${missing.join(', ')}`)
const others = programs.filter((program) => !writing.some((entry) => entry.program === program))

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('close', (code) => resolve(code === 0))
  })
}

let passed = true
try {
  const declarationTasks = writing.map(({ program, packages }) => {
    let settle
    const done = new Promise((resolve) => {
      settle = resolve
    })
    const task = async () => {
      const ok = await checkProgram(program, { outRoot, packages })
      settle(ok)
      return ok
    }
    return { task, done }
  })
  // The code of every package, once the declarations are written (each package's build rolls up its own).
  // No package's build reads another's dist/ (workspace imports stay external; the studio bundles the
  // sources), so the builds run two at a time instead of in dependency order: in that order most of them
  // ran alone, one core idle while a build started up or rolled up its declarations.
  const packagesBuilt = Promise.all(declarationTasks.map(({ done }) => done)).then(async (results) => {
    const ok = await run(
      'pnpm',
      ['-r', '--no-sort', '--workspace-concurrency=2', '--filter', './packages/**', 'run', 'build'],
      { [DECLARATIONS_ENV]: outRoot },
    )
    return ok && results.every(Boolean)
  })
  const sourceChecks = typecheck ? others.filter((program) => !program.againstBuilt) : []
  const sourcesPassed = await runPool([
    ...declarationTasks.map(({ task }) => task),
    ...sourceChecks.map((program) => () => checkProgram(program)),
  ])
  const built = await packagesBuilt
  passed = sourcesPassed && built
  if (typecheck) {
    const builtChecks = others.filter((program) => program.againstBuilt)
    if (!built)
      console.log(`not checked (the build failed): ${builtChecks.map(({ label }) => label).join('; ')}`)
    else passed = (await runPool(builtChecks.map((program) => () => checkProgram(program)))) && passed
  }
} finally {
  rmSync(outRoot, { recursive: true, force: true })
}
process.exit(passed ? 0 : 1)

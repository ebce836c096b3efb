// The scratch workspace the guides run in, outside the repository, so nothing a guide writes can touch it:
//
//   <root>/package.json      { "type": "module" } — ts blocks are ES modules (top-level await works)
//   <root>/node_modules/     links to the built workspace packages (@chiso/*) and the few libraries a guide's
//                            program may import (zod, yaml, decimal.js), as `npm i` would give a reader
//   <root>/bin/chiso         the built CLI (packages/cli/dist/bin.js), first on PATH
//   <root>/node_modules/.bin/vitest  so that `npx vitest run x.test.ts` runs a guide's test file
//   <root>/<guide>/          one folder per guide, holding a copy of the repository's examples/
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire, register } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { WORKSPACE_ROOT } from '../pack/published-packages.js'

export { WORKSPACE_ROOT }

/** The built files the guides need; missing ones are built once (the root `pnpm test` builds first anyway). */
const BUILT = ['core', 'sdk', 'adapters', 'scenarios', 'cli'].map((name) =>
  join(WORKSPACE_ROOT, 'packages', name, 'dist', 'index.js'),
)
const CLI = join(WORKSPACE_ROOT, 'packages', 'cli', 'dist', 'bin.js')

/** Builds the CLI and the packages it depends on when any of their dist files is missing. */
export function ensureBuilt(): void {
  if ([...BUILT, CLI].every((file) => existsSync(file))) return
  execFileSync('pnpm', ['--filter', '@chiso/cli...', 'run', 'build'], {
    cwd: WORKSPACE_ROOT,
    stdio: 'ignore',
  })
}

/** Libraries a guide's TypeScript may import besides @chiso/*, and the package that depends on each. */
const LIBRARIES: Record<string, string> = {
  zod: 'packages/core',
  'decimal.js': 'packages/core',
  yaml: 'packages/cli',
  '@types/node': 'packages/cli',
  vitest: '.',
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true })
  symlinkSync(target, path, 'dir')
}

/** Creates the scratch root; returns its absolute (real) path. */
export function createScratchRoot(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'chiso-guides-')))
  writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n')
  for (const name of ['core', 'sdk', 'adapters', 'scenarios', 'cli'])
    link(join(WORKSPACE_ROOT, 'packages', name), join(root, 'node_modules', '@chiso', name))
  for (const [library, owner] of Object.entries(LIBRARIES)) {
    const from = createRequire(join(WORKSPACE_ROOT, owner, 'package.json'))
    const manifest = from.resolve(`${library}/package.json`)
    link(dirname(manifest), join(root, 'node_modules', library))
  }
  mkdirSync(join(root, 'bin'))
  writeFileSync(join(root, 'bin', 'chiso'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`)
  chmodSync(join(root, 'bin', 'chiso'), 0o755)
  // `npx vitest` finds the linked vitest here, as in a project that installed it (and never downloads:
  // guideEnvironment sets npm offline).
  const vitest = join(root, 'node_modules', '.bin', 'vitest')
  mkdirSync(dirname(vitest), { recursive: true })
  writeFileSync(
    vitest,
    `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'node_modules', 'vitest', 'vitest.mjs')}" "$@"\n`,
  )
  chmodSync(vitest, 0o755)
  return root
}

/** Creates the folder of one guide under `root`, with a copy of examples/ (sources and data only). */
export function createGuideFolder(root: string, guide: string): string {
  const folder = join(root, basename(guide, '.md'))
  mkdirSync(folder)
  cpSync(join(WORKSPACE_ROOT, 'examples'), join(folder, 'examples'), {
    recursive: true,
    filter: (source) => !['node_modules', 'dist', 'generated'].includes(basename(source)),
  })
  return folder
}

/**
 * The environment commands run with: `chiso` first on PATH, no colour, UTC, and none of the test runner's
 * own variables (so a guide's output does not depend on being run under vitest).
 */
export function guideEnvironment(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env))
    if (!/^(VITEST|NODE_ENV$|NODE_OPTIONS$|FORCE_COLOR$|TEST$)/.test(key)) env[key] = value
  return {
    ...env,
    PATH: `${join(root, 'bin')}:${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    TZ: 'UTC',
    // npx and npm never reach the registry from a guide: a missing package fails instead of downloading.
    npm_config_offline: 'true',
  }
}

const fromWorkspace = createRequire(join(WORKSPACE_ROOT, 'package.json'))

/**
 * The Node options that run a guide's TypeScript as a reader's `npx tsx file.ts` does. tsx's command line starts
 * a Node process that starts a second one, `node --require tsx/preflight --import tsx file.ts`
 * and relays its output, exit code and signals; the guides run that second process directly: the same program
 * under the same loader, without a first process that costs as much to start (≈ 0.5 s of CPU a block).
 */
export const TSX_NODE_OPTIONS = [
  '--require',
  fromWorkspace.resolve('tsx/preflight'),
  // As tsx chooses: --loader where Node has no module.register (before 20.6).
  typeof register === 'function' ? '--import' : '--loader',
  pathToFileURL(fromWorkspace.resolve('tsx')).href,
]

/** The TypeScript compiler the repository pins. */
export const TSC = fromWorkspace.resolve('typescript/bin/tsc')

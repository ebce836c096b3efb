// Runs the blocks of one guide in order, in the guide's own scratch folder, following the convention of
// docs/README.md ("Code blocks are tested"). Each block gets an outcome: the problems found (empty when the
// block does what the guide says) and, for sh and ts blocks, the output a following text block must show.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, normalize } from 'node:path'
import { publishedPackages } from '../pack/published-packages.js'
import { runChisoInServer } from './chiso-servers.js'
import { matchesShownOutput } from './match-output.js'
import { type GuideBlock, shellCommands } from './parse-guide.js'
import { TSX_NODE_OPTIONS } from './scratch.js'
import { chisoArguments } from './simple-command.js'

/** What running one block gave. */
export interface BlockOutcome {
  block: GuideBlock
  /** Why the block does not do what the guide says; empty when it does. */
  problems: string[]
  /** The combined stdout and stderr of a sh or ts block, as a reader's terminal shows it. */
  output?: string
  /** Set when the block was not run (`norun="reason"`). */
  skipped?: string
  /** For ts blocks: the file the block was written to (type-checked afterwards). */
  typescriptFile?: string
  /** How long the block took, in milliseconds. */
  milliseconds?: number
}

/** Languages the convention knows; any other language (or none) is a problem. */
export const LANGUAGES = ['sh', 'ts', 'text', 'yaml', 'json', 'csv', 'md'] as const

const COMMAND_TIMEOUT_MS = 120_000

interface Run {
  code: number | null
  output: string
}

/** Runs `command` with bash in `cwd`, stdout and stderr going to one stream, as in a terminal. */
function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `exec 2>&1\n${command}`], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: COMMAND_TIMEOUT_MS,
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }))
  })
}

/**
 * Runs one command of a guide: a plain `chiso …` call in a chiso server (see chiso-servers.ts), anything else in
 * bash. CHISO_GUIDES_SPAWN=1 runs every command in bash, with the built `chiso` executable.
 */
function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const argv = process.env.CHISO_GUIDES_SPAWN === '1' ? undefined : chisoArguments(command)
  return argv === undefined ? runShell(command, cwd, env) : runChisoInServer(argv, cwd, env)
}

function quote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/** A file name a block may write: relative, inside the guide's folder. */
function safePath(folder: string, name: string): string | undefined {
  const path = normalize(name)
  if (isAbsolute(path) || path.startsWith('..')) return undefined
  return join(folder, path)
}

/** Context shared by the blocks of one guide. */
export interface GuideContext {
  folder: string
  env: NodeJS.ProcessEnv
  /** `require` from the scratch root, for the libraries a reader would have installed (yaml). */
  require: NodeJS.Require
}

function expectedExit(block: GuideBlock): number {
  return block.attributes.exit === undefined ? 0 : Number(block.attributes.exit)
}

/** A stack trace in the output is a crash, even when the exit code is the one the guide expects. */
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m

function checkNoCrash(output: string, outcome: BlockOutcome): void {
  if (STACK_TRACE.test(output)) outcome.problems.push(`printed a stack trace (a crash):\n${output}`)
}

async function runSh(block: GuideBlock, context: GuideContext, outcome: BlockOutcome): Promise<void> {
  const commands = shellCommands(block.body)
  if (commands.length === 0) outcome.problems.push('the sh block has no command')
  let output = ''
  for (const command of commands) {
    const run = await runCommand(command, context.folder, context.env)
    output += run.output
    if (run.code !== expectedExit(block))
      outcome.problems.push(
        `\`${command}\` exited with ${run.code ?? 'a signal'}, the guide expects ${expectedExit(block)}:\n${run.output}`,
      )
  }
  outcome.output = output
  checkNoCrash(output, outcome)
}

/** Where a ts block is written in the guide's folder; undefined when its `file=` is not a relative .ts path. */
export function typescriptPath(folder: string, block: GuideBlock): string | undefined {
  const path = safePath(folder, block.attributes.file ?? `block-${block.line}.ts`)
  return path?.endsWith('.ts') ? path : undefined
}

/** Writes a ts block to its file (before the guide runs, so the type check can start at once). */
export function writeTypescript(folder: string, block: GuideBlock): string | undefined {
  const path = typescriptPath(folder, block)
  if (path === undefined) return undefined
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, block.body)
  return path
}

async function runTs(block: GuideBlock, context: GuideContext, outcome: BlockOutcome): Promise<void> {
  const path = writeTypescript(context.folder, block)
  if (path === undefined) {
    outcome.problems.push(`file=${block.attributes.file}: a ts block's file must be a relative .ts path`)
    return
  }
  outcome.typescriptFile = path
  // A named file is a module later blocks import; an unnamed block is a program, run as a reader would.
  if (block.attributes.file !== undefined) return
  const run = await runShell(
    `exec ${[process.execPath, ...TSX_NODE_OPTIONS, path].map(quote).join(' ')}`,
    context.folder,
    context.env,
  )
  outcome.output = run.output
  checkNoCrash(run.output, outcome)
  if (run.code !== expectedExit(block))
    outcome.problems.push(
      `the program exited with ${run.code}, the guide expects ${expectedExit(block)}:\n${run.output}`,
    )
}

/**
 * A methodology-looking document (it has a tree) is validated with `chiso validate` — unless it requires
 * plugins, which the CLI does not load: the program that registers them compiles it.
 */
async function validateIfMethodology(
  document: unknown,
  path: string,
  context: GuideContext,
  outcome: BlockOutcome,
): Promise<void> {
  if (typeof document !== 'object' || document === null || !('tree' in document) || 'plugins' in document)
    return
  const run = await runCommand(`chiso validate ${quote(path)}`, context.folder, context.env)
  // `invalid` marks a methodology shown for its errors: it must fail validation (exit 1), not crash.
  const invalid = 'invalid' in outcome.block.attributes
  if (!invalid && run.code !== 0) outcome.problems.push(`the methodology does not validate:\n${run.output}`)
  if (invalid && run.code !== 1)
    outcome.problems.push(`marked invalid, but chiso validate exited with ${run.code}:\n${run.output}`)
}

async function runData(block: GuideBlock, context: GuideContext, outcome: BlockOutcome): Promise<void> {
  const { file, output } = block.attributes
  if (file !== undefined && output !== undefined) {
    outcome.problems.push('a block is either a file (file=) or an output (output=), not both')
    return
  }
  if (output !== undefined) {
    const path = safePath(context.folder, output)
    if (path === undefined || !existsSync(path)) {
      outcome.problems.push(`output=${output}: no earlier block wrote this file`)
      return
    }
    const actual = readFileSync(path, 'utf8')
    if (!matchesShownOutput(block.body, actual))
      outcome.problems.push(`${output} is not what the guide shows; it holds:\n${actual}`)
    return
  }
  if (block.language === 'csv' && file === undefined) {
    outcome.problems.push('a csv block needs file=NAME (a file later blocks read) or output=NAME')
    return
  }
  const name = file ?? `block-${block.line}.${block.language}`
  const path = safePath(context.folder, name)
  if (path === undefined) {
    outcome.problems.push(`file=${name}: must be a relative path inside the guide's folder`)
    return
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, block.body)
  if (block.language === 'csv') return
  let document: unknown
  try {
    document =
      block.language === 'json'
        ? JSON.parse(block.body)
        : (context.require('yaml') as { parse(text: string): unknown }).parse(block.body)
  } catch (error) {
    outcome.problems.push(`does not parse as ${block.language}: ${(error as Error).message}`)
    return
  }
  if (block.attributes.fragment === 'tree') {
    await validateTreeFragment(document, path, context, outcome)
    return
  }
  await validateIfMethodology(document, path, context, outcome)
}

/**
 * `fragment=tree` marks a list of nodes shown on its own: it is validated as the tree of an otherwise empty
 * points methodology, so an example node with a wrong key or a wrong rule option fails.
 */
async function validateTreeFragment(
  document: unknown,
  path: string,
  context: GuideContext,
  outcome: BlockOutcome,
): Promise<void> {
  if (!Array.isArray(document)) {
    outcome.problems.push('fragment=tree: the block must be a YAML or JSON list of nodes')
    return
  }
  const methodology = {
    id: 'guide.fragment',
    version: '0.0.0',
    title: `A tree shown in ${outcome.block.guide}`,
    status: 'illustrative',
    result: { type: 'points' },
    tree: document,
  }
  const wrapped = `${path}.methodology.json`
  writeFileSync(wrapped, JSON.stringify(methodology))
  await validateIfMethodology(methodology, wrapped, context, outcome)
}

/** An `md` block must be a changeset: front matter naming published packages and their bumps. */
function checkChangeset(block: GuideBlock, outcome: BlockOutcome): void {
  const match = /^---\n([\s\S]*?)\n---\n\n\S/.exec(block.body)
  if (!match) {
    outcome.problems.push('an md block must be a changeset: front matter between --- lines, then the summary')
    return
  }
  const names = publishedPackages().map((pkg) => pkg.name)
  for (const line of match[1]!.split('\n')) {
    const entry = /^"(@chiso\/[\w-]+)": (patch|minor|major)$/.exec(line)
    if (!entry || !names.includes(entry[1]!))
      outcome.problems.push(`not a published package and a bump (patch, minor, major): ${line}`)
  }
}

/** Runs every block of one guide in order; `blocks` are the guide's blocks in document order. */
export async function runGuide(blocks: GuideBlock[], context: GuideContext): Promise<BlockOutcome[]> {
  const outcomes: BlockOutcome[] = []
  for (const block of blocks) {
    const outcome: BlockOutcome = { block, problems: [] }
    outcomes.push(outcome)
    if (!(LANGUAGES as readonly string[]).includes(block.language)) {
      outcome.problems.push(
        `unknown language "${block.language}": use one of ${LANGUAGES.join(', ')} (see docs/README.md)`,
      )
      continue
    }
    if ('norun' in block.attributes) {
      outcome.skipped = block.attributes.norun!
      if (outcome.skipped.trim() === '') outcome.problems.push('norun needs a reason: norun="why"')
      continue
    }
    const started = performance.now()
    switch (block.language) {
      case 'sh':
        await runSh(block, context, outcome)
        break
      case 'ts':
        await runTs(block, context, outcome)
        break
      case 'text': {
        const previous = outcomes[outcomes.length - 2]
        if (previous?.output === undefined) {
          outcome.problems.push('a text block shows the output of the sh or ts block right before it')
          break
        }
        if (!matchesShownOutput(block.body, previous.output))
          outcome.problems.push(
            `the guide shows output the command does not print; it prints:\n${previous.output}`,
          )
        break
      }
      case 'md':
        checkChangeset(block, outcome)
        break
      default:
        await runData(block, context, outcome)
    }
    outcome.milliseconds = Math.round(performance.now() - started)
  }
  return outcomes
}

/** `require` rooted at the scratch root. */
export function scratchRequire(root: string): NodeJS.Require {
  return createRequire(join(root, 'package.json'))
}

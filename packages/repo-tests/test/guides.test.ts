// Every code block of every guide in docs/ (the API reference in docs/api excepted) is executed or checked,
// so the guides cannot rot. The convention the blocks follow is in docs/README.md ("Code blocks are tested"):
// sh blocks run with the built `chiso` on PATH, ts blocks run with tsx and are type-checked, file= blocks are
// written for later blocks, text blocks are compared with the output they show, norun blocks need a reason.
// Each guide runs in its own scratch folder (with a copy of examples/); guides run concurrently, the blocks
// of one guide in order.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stopChisoServers } from './guides/chiso-servers.js'
import { type GuideBlock, parseGuide } from './guides/parse-guide.js'
import { type BlockOutcome, runGuide, scratchRequire, writeTypescript } from './guides/run-guide.js'
import {
  createGuideFolder,
  createScratchRoot,
  ensureBuilt,
  guideEnvironment,
  WORKSPACE_ROOT,
} from './guides/scratch.js'
import { typecheckBlocks } from './guides/typecheck-blocks.js'

// CHISO_GUIDES=cli,getting-started runs only those guides (while writing one); the default is every guide.
const ONLY = process.env.CHISO_GUIDES?.split(',').map((name) => `${name.replace(/\.md$/, '')}.md`)

const ALL_GUIDES = readdirSync(join(WORKSPACE_ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/${name}`)
  .concat(['core', 'sdk', 'adapters', 'scenarios', 'cli'].map((name) => `packages/${name}/README.md`))
const GUIDES = ALL_GUIDES.filter((guide) => ONLY === undefined || ONLY.includes(guide.replace(/^docs\//, '')))

const blocksByGuide = new Map<string, GuideBlock[]>(
  ALL_GUIDES.map((guide) => [guide, parseGuide(guide, readFileSync(join(WORKSPACE_ROOT, guide), 'utf8'))]),
)

/** Runs `tasks` with at most `limit` of them at a time. */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
  return results
}

let root = ''
let outcomes: Map<GuideBlock, BlockOutcome>
let typeErrors: string[] = []

beforeAll(async () => {
  ensureBuilt()
  root = createScratchRoot()
  const env = guideEnvironment(root)
  const require = scratchRequire(root)
  const folders = new Map(
    GUIDES.map((guide) => [
      guide,
      createGuideFolder(root, guide.replace(/^packages\/(\w+)\/README/, 'package-$1')),
    ]),
  )
  // Every ts block is written first, so the one compiler run overlaps with running the guides.
  const typescript = GUIDES.flatMap((guide) =>
    blocksByGuide
      .get(guide)!
      .filter((block) => block.language === 'ts' && !('norun' in block.attributes))
      .flatMap((block) => {
        const path = writeTypescript(folders.get(guide)!, block)
        return path === undefined ? [] : [{ path, block }]
      }),
  )
  const typecheckStarted = performance.now()
  const typecheck = typecheckBlocks(root, typescript).then((errors) => {
    if (process.env.CHISO_GUIDES_PRINT)
      console.log(`type-checked the ts blocks in ${Math.round(performance.now() - typecheckStarted)} ms`)
    return errors
  })
  const runs = await pool(
    GUIDES.map(
      (guide) => () => runGuide(blocksByGuide.get(guide)!, { folder: folders.get(guide)!, env, require }),
    ),
    Math.max(2, availableParallelism()),
  )
  outcomes = new Map(runs.flat().map((outcome) => [outcome.block, outcome]))
  // CHISO_GUIDES_PRINT=1 prints what every sh and ts block printed, to paste into a text block.
  if (process.env.CHISO_GUIDES_PRINT)
    for (const { block, output, milliseconds } of outcomes.values())
      if (output !== undefined) console.log(`${block.guide}:${block.line} (${milliseconds} ms)\n${output}`)
  typeErrors = await typecheck
}, 600_000)

afterAll(() => {
  stopChisoServers()
  if (root !== '') rmSync(root, { recursive: true, force: true })
})

describe.each(GUIDES)('%s', (guide) => {
  const blocks = blocksByGuide.get(guide)!
  it.each(blocks.map((block) => [`${guide}:${block.line} ${block.language || '(no language)'}`, block]))(
    '%s',
    (_, block) => {
      const outcome = outcomes.get(block as GuideBlock)!
      expect(outcome.problems.map((problem) => `${guide}:${(block as GuideBlock).line}: ${problem}`)).toEqual(
        [],
      )
    },
  )
})

describe('every guide', () => {
  it('has code blocks, and most of them run', () => {
    const all = [...blocksByGuide.values()].flat()
    const skipped = all.filter((block) => 'norun' in block.attributes)
    expect(all.length).toBeGreaterThan(0)
    // The escape hatch is for what cannot run on a CI machine (publishing, global installs): keep it rare.
    expect(
      skipped.length,
      skipped.map((block) => `${block.guide}:${block.line}`).join(', '),
    ).toBeLessThanOrEqual(Math.max(2, all.length / 5))
  })

  it('has TypeScript that type-checks against the built packages', () => {
    expect(typeErrors).toEqual([])
  })
})

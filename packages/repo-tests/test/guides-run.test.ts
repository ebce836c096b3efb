// The guide runner must fail a guide that says something untrue: output that differs from what the command
// prints, an exit code other than the one stated, a file that holds something else, an unknown language, an
// escape hatch without a reason. Each case is a tiny guide run the way guides.test.ts runs docs/*.md.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseGuide } from './guides/parse-guide.js'
import { runGuide, scratchRequire } from './guides/run-guide.js'
import { createScratchRoot, guideEnvironment } from './guides/scratch.js'

const root = createScratchRoot()
afterAll(() => rmSync(root, { recursive: true, force: true }))
let guides = 0

/** Runs a guide written as lines; returns the problems of each block, in order. */
async function problems(...lines: string[]): Promise<string[][]> {
  const folder = join(root, `guide-${guides++}`)
  mkdirSync(folder)
  const blocks = parseGuide('docs/test.md', lines.join('\n'))
  const context = { folder, env: guideEnvironment(root), require: scratchRequire(root) }
  return (await runGuide(blocks, context)).map((outcome) => outcome.problems)
}

const fence = '```'

describe('runGuide', () => {
  it('passes a command whose output is the one shown, and fails one that differs', async () => {
    const ok = await problems(`${fence}sh`, 'echo "rank 1"', fence, `${fence}text`, 'rank 1', fence)
    expect(ok).toEqual([[], []])
    const wrong = await problems(`${fence}sh`, 'echo "rank 2"', fence, `${fence}text`, 'rank 1', fence)
    expect(wrong[1]).toEqual([expect.stringContaining('rank 2')])
  })

  it('shows stderr with stdout, as a terminal does', async () => {
    const result = await problems(
      `${fence}sh`,
      'echo out; echo err >&2',
      fence,
      `${fence}text`,
      'out',
      'err',
      fence,
    )
    expect(result).toEqual([[], []])
  })

  it('holds a command to the exit code the guide states', async () => {
    expect((await problems(`${fence}sh`, 'exit 1', fence))[0]).toEqual([
      expect.stringContaining('exited with 1'),
    ])
    expect(await problems(`${fence}sh exit=1`, 'exit 1', fence)).toEqual([[]])
    expect((await problems(`${fence}sh exit=1`, 'true', fence))[0]).toHaveLength(1)
  })

  it('calls a stack trace a crash even with the expected exit code', async () => {
    const crash = await problems(`${fence}sh exit=1`, 'echo "    at main (file.js:1:2)"; exit 1', fence)
    expect(crash[0]).toEqual([expect.stringContaining('stack trace')])
  })

  it('writes file= blocks for later blocks, and checks output= blocks against the file', async () => {
    const result = await problems(
      `${fence}csv file=a.csv`,
      'unit,name',
      fence,
      `${fence}sh`,
      'cp a.csv b.csv',
      fence,
      `${fence}csv output=b.csv`,
      'unit,name',
      fence,
      `${fence}csv output=b.csv`,
      'unit,other',
      fence,
    )
    expect(result.slice(0, 3)).toEqual([[], [], []])
    expect(result[3]).toEqual([expect.stringContaining('b.csv is not what the guide shows')])
  })

  it('runs a ts program, shows what it prints and holds it to its exit code', async () => {
    const [result, failed] = await Promise.all([
      problems(
        `${fence}ts`,
        "import { dec } from '@chiso/core'",
        "console.log(dec('0.1').plus('0.2').toString())",
        fence,
        `${fence}text`,
        '0.3',
        fence,
      ),
      problems(
        `${fence}ts`,
        "const code: number = 2\nconsole.log('failing')\nprocess.exitCode = code",
        fence,
      ),
    ])
    expect(result).toEqual([[], []])
    expect(failed).toEqual([
      [expect.stringContaining('the program exited with 2, the guide expects 0:\nfailing')],
    ])
  })

  it('refuses what cannot be checked: unknown languages, csv without a file, norun without a reason', async () => {
    const result = await problems(
      `${fence}`,
      'plain',
      fence,
      `${fence}python`,
      'print(1)',
      fence,
      `${fence}csv`,
      'a,b',
      fence,
      `${fence}sh norun=""`,
      'npm publish',
      fence,
      `${fence}text`,
      'no command before me',
      fence,
    )
    expect(result.map((list) => list.length)).toEqual([1, 1, 1, 1, 1])
  })

  it('validates a tree fragment as a methodology would', async () => {
    const node = (max: string) => [
      `${fence}yaml fragment=tree`,
      `- { code: "1", title: Plan, max: "${max}", rule: { use: chiso/yes-no } }`,
      fence,
    ]
    expect(await problems(...node('2'))).toEqual([[]])
    expect((await problems(...node('two')))[0]).toEqual([expect.stringContaining('tree[0].max')])
  })

  it('parses yaml and json, and reads md blocks as changesets of published packages', async () => {
    const result = await problems(
      `${fence}yaml`,
      'a: [1, 2',
      fence,
      `${fence}json`,
      '{"a": 1}',
      fence,
      `${fence}md`,
      '---',
      '"@chiso/core": minor',
      '---',
      '',
      'A change.',
      fence,
      `${fence}md`,
      '---',
      '"@chiso/nothing": minor',
      '---',
      '',
      'A change.',
      fence,
    )
    expect(result.map((list) => list.length)).toEqual([1, 0, 0, 1])
  })
})

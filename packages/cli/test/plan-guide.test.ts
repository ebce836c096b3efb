// docs/planning-and-simulating.md must keep working: every `chiso` command of its sh blocks runs from the
// repository root, with the guide's costs and spec files written to a temporary folder; the claims the guide
// makes about the output are checked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEngine } from '@chiso/core'
import { whatIf } from '@chiso/scenarios'
import { afterAll, describe, expect, it } from 'vitest'
import { readDataset } from '../src/io/read-dataset.js'
import { readDocument } from '../src/io/read-document.js'
import { PLAN_MESSAGES } from '../src/messages/plan.js'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const guide = readFileSync(join(ROOT, 'docs/planning-and-simulating.md'), 'utf8')
const blocks = (language: string) =>
  [...guide.matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)]
    .filter(([, lang]) => lang === language)
    .map(([, , body]) => body!)

describe('docs/planning-and-simulating.md', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chiso-scenarios-guide-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  for (const body of blocks('yaml')) {
    const name = /^# ([\w-]+\.yaml)/.exec(body)?.[1]
    if (name) writeFileSync(join(folder, name), body)
  }
  const commands = blocks('sh').flatMap((body) =>
    body.split('\n').filter((line) => line.startsWith('chiso ')),
  )

  it('has the commands and files it talks about', () => {
    expect(commands.length).toBeGreaterThanOrEqual(6)
    for (const file of ['costs.yaml', 'spec.yaml', 'pci-spec.yaml'])
      expect(readFileSync(join(folder, file), 'utf8')).not.toBe('')
  })

  it.each(commands.map((command) => [command]))('%s', async (command) => {
    const args = command
      .slice('chiso '.length)
      .split(' ')
      .map((arg) => (/^[\w-]+\.yaml$/.test(arg) ? join(folder, arg) : arg))
    const result = await runCli(args, { cwd: ROOT })
    expect(result.stderr).not.toMatch(/error/i)
    expect(result.code).toBe(0)
    if (args[0] === 'plan' && !args.includes('--json')) {
      expect(result.stdout).toContain(PLAN_MESSAGES[args.includes('vi') ? 'vi' : 'en'].verified)
      if (args.includes('examples/pci-2021/pci.methodology.yaml') && !args.includes('--peers'))
        expect(result.stdout).toContain('Status: optimal')
    }
    if (args[0] === 'plan' && args.includes('--json')) {
      const plan = JSON.parse(result.stdout)
      expect(plan.verified).toBe(true)
      expect(plan.excluded).toContainEqual({ node: '4.1.2', why: 'locked' })
      expect(Number(plan.cost)).toBeLessThanOrEqual(12)
    }
    if (args[0] === 'simulate') {
      expect(result.stdout).toContain('its nominal ranks equal the exact engine’s')
      if (args.includes('--sensitivity')) expect(result.stdout).toContain('Sensitivity of quang-nam’s rank')
    }
  })

  it('gives the what-if result the guide shows', () => {
    const district = join(ROOT, 'examples/district-cchc')
    const compiled = createEngine().compile(readDocument('district.methodology.yaml', district).value)
    const dataset = readDataset('districts-2023.synthetic.csv', district)
    const result = whatIf(compiled, dataset, {
      observations: [
        { unit: 'lang-chanh', node: '2.4.1', value: true },
        { unit: 'lang-chanh', node: '3.1.2', value: true },
        { unit: 'lang-chanh', node: '3.6.1', field: 'done', value: '9' },
        { unit: 'lang-chanh', node: '2.1.1', field: 'done', value: '4' },
      ],
    })
    const moved = result.units
      .filter((u) => u.rankDelta !== 0)
      .map((u) => [u.unit, u.rankBefore, u.rankAfter])
    expect(guide).toContain(`// ${JSON.stringify(moved).replaceAll('"', "'").replaceAll(',', ', ')}`)
  })
})

// Every plan states its cost model: without a costs file every point costs 1, and the output says so.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeCostModel, PLAN_COSTS_MESSAGES } from '../src/messages/plan-costs.js'
import { FIXTURES, runCli } from './helpers.js'

const PLAN = ['plan', 'points.methodology.yaml', 'points.csv', '--unit', 'DN', '--rise', '1']

describe('the cost model of a plan', () => {
  it('is the default, in plain words, without --costs (text in --lang, JSON costModel)', async () => {
    const vi = await runCli([...PLAN, '--lang', 'vi'])
    expect(vi.code, vi.stderr).toBe(0)
    expect(vi.stdout.trimEnd().split('\n').at(-1)).toBe(PLAN_COSTS_MESSAGES.vi.defaultPoints)
    const en = await runCli([...PLAN, '--lang', 'en'])
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe(PLAN_COSTS_MESSAGES.en.defaultPoints)
    const json = JSON.parse((await runCli([...PLAN, '--json'])).stdout)
    expect(json.costModel).toEqual({ kind: 'default', result: 'points' })
  })

  it('names the costs file and its description', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chiso-costs-'))
    const costs = join(folder, 'chi-phi.yaml')
    writeFileSync(costs, 'description: Triệu đồng (minh họa)\ndefault: { perPoint: "40" }\n')
    const json = JSON.parse((await runCli([...PLAN, '--costs', costs, '--json'], { cwd: FIXTURES })).stdout)
    expect(json.costModel).toEqual({ kind: 'file', file: costs, description: 'Triệu đồng (minh họa)' })
    expect(describeCostModel(json.costModel, 'vi')).toBe(`Chi phí theo tệp ${costs}: Triệu đồng (minh họa).`)
  })

  it.each(['vi', 'en'] as const)('has the same keys in both languages (%s)', (language) => {
    expect(Object.keys(PLAN_COSTS_MESSAGES[language]).sort()).toEqual(
      Object.keys(PLAN_COSTS_MESSAGES.vi).sort(),
    )
    expect(describeCostModel({ kind: 'default', result: 'composite' }, language)).toBe(
      PLAN_COSTS_MESSAGES[language].defaultComposite,
    )
  })
})

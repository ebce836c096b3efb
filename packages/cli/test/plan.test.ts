import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEngine, dec, parseDataset } from '@chiso/core'
import { applyChanges, type RankPlan } from '@chiso/scenarios'
import { afterAll, describe, expect, it } from 'vitest'
import { readDataset } from '../src/io/read-dataset.js'
import { readDocument } from '../src/io/read-document.js'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DISTRICT = [
  'examples/district-cchc/district.methodology.yaml',
  'examples/district-cchc/districts-2023.synthetic.csv',
]
const PCI = ['examples/pci-2021/pci.methodology.yaml', 'examples/pci-2021/pci-2021.csv']

/** Re-scores the plan's changes independently of the planner and returns the unit's new rank. */
function rescoredRank(files: string[], plan: RankPlan): { rank: number; index: string } {
  const compiled = createEngine().compile(readDocument(files[0]!, ROOT).value)
  const data = readDataset(files[1]!, ROOT)
  const card = compiled.evaluate(parseDataset(applyChanges(data, plan.changes)), { trace: false })
  const unit = card.units.find((u) => u.unit === plan.unit)!
  return { rank: unit.rank!, index: unit.index! }
}

function unitAtRank(files: string[], rank: number): string {
  const compiled = createEngine().compile(readDocument(files[0]!, ROOT).value)
  return compiled.evaluate(readDataset(files[1]!, ROOT), { trace: false }).units.find((u) => u.rank === rank)!
    .unit
}

describe('chiso plan', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-plan-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  it('answers "rise 10 ranks" on the illustrative district example with a verified plan', async () => {
    const unit = unitAtRank(DISTRICT, 22)
    const result = await runCli(['plan', ...DISTRICT, '--unit', unit, '--rise', '10', '--json'], {
      cwd: ROOT,
    })
    expect(result.code).toBe(0)
    const plan = JSON.parse(result.stdout) as RankPlan
    expect(plan.status).toMatch(/^(optimal|best-found)$/)
    expect(plan.method).toBe('knapsack')
    expect(plan.verified).toBe(true)
    expect(plan.before.rank).toBe(22)
    expect(plan.after!.rank).toBeLessThanOrEqual(12)
    expect(plan.steps.length).toBeGreaterThan(0)
    expect(plan.overtaken.length).toBeGreaterThanOrEqual(10)
    // Survey criteria are not planned by default.
    expect(plan.excluded.some((item) => item.why.startsWith('not controllable'))).toBe(true)
    const again = rescoredRank(DISTRICT, plan)
    expect(again.rank).toBe(plan.after!.rank)
    expect(again.index).toBe(plan.after!.index)
    // The cost is the points gained (the default), step by step.
    const total = plan.steps.reduce((sum, step) => sum.plus(step.pointsGained), dec(0))
    expect(dec(plan.cost).eq(total)).toBe(true)
  })

  it('answers "rise 10 ranks" on the PCI example with an optimal, verified plan', async () => {
    const unit = unitAtRank(PCI, 19)
    const result = await runCli(['plan', ...PCI, '--unit', unit, '--rise', '10', '--json'], { cwd: ROOT })
    expect(result.code).toBe(0)
    const plan = JSON.parse(result.stdout) as RankPlan & { methodology: { id: string } }
    expect(plan.methodology.id).toBe('pci')
    expect(plan.status).toBe('optimal')
    expect(plan.verified).toBe(true)
    expect(plan.after!.rank).toBeLessThanOrEqual(9)
    expect(rescoredRank(PCI, plan).rank).toBe(plan.after!.rank)
  })

  it('prints the plan as a table, with the status and the verification', async () => {
    const unit = unitAtRank(PCI, 19)
    const result = await runCli(['plan', ...PCI, '--unit', unit, '--rank', '12', '--lang', 'en'], {
      cwd: ROOT,
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Plan for ${unit} — reach rank 12 (now 19)`)
    expect(result.stdout).toContain('Status: optimal')
    expect(result.stdout).toContain('Verified: the changed data was re-scored by the engine')
    expect(result.stdout).toMatch(/Criterion +Title +From → to +Points +Index +Cost/)
    expect(result.stdout).toMatch(/Total cost [\d.≈]+ · index [\d.]+ → [\d.]+ · rank 19 → (1[0-2]|[1-9])\b/)
  })

  it('reports an unreachable target as unreachable, never as a plan', async () => {
    const unit = unitAtRank(PCI, 19)
    const lock =
      'entry_costs,access_to_land,transparency,time_costs,informal_charges,policy_bias,proactivity,business_support'
    const result = await runCli(['plan', ...PCI, '--unit', unit, '--rank', '1', '--lock', lock, '--json'], {
      cwd: ROOT,
    })
    expect(result.code).toBe(0)
    const plan = JSON.parse(result.stdout) as RankPlan
    expect(plan.status).toBe('unreachable')
    expect(plan.steps).toEqual([])
    expect(plan.after).toBeNull()
    expect(plan.reason).toMatch(/short of rank 1/)
  })

  it('respects a cost cap and projected peers', async () => {
    const unit = unitAtRank(PCI, 19)
    const capped = await runCli(
      ['plan', ...PCI, '--unit', unit, '--rise', '10', '--max-cost', '0.01', '--json'],
      { cwd: ROOT },
    )
    expect((JSON.parse(capped.stdout) as RankPlan).status).toBe('unreachable')
    const fixed = JSON.parse(
      (await runCli(['plan', ...PCI, '--unit', unit, '--rise', '5', '--json'], { cwd: ROOT })).stdout,
    ) as RankPlan
    const rising = JSON.parse(
      (
        await runCli(['plan', ...PCI, '--unit', unit, '--rise', '5', '--peers', '+0.5', '--json'], {
          cwd: ROOT,
        })
      ).stdout,
    ) as RankPlan
    expect(rising.peers).toBe('uniform')
    expect(rising.verified).toBe(true)
    // Peers that improve too make the same target dearer.
    expect(dec(rising.cost).gt(fixed.cost)).toBe(true)
  })

  it('projects peers from last year’s data', async () => {
    const unit = unitAtRank(PCI, 19)
    // The same table as "last year": nobody changed, so the plan equals the fixed-peers one.
    const args = ['plan', ...PCI, '--unit', unit, '--rise', '5', '--json']
    const fixed = JSON.parse((await runCli(args, { cwd: ROOT })).stdout) as RankPlan
    const result = await runCli([...args, '--peers', 'last-year', '--last-year', PCI[1]!], { cwd: ROOT })
    expect(result.code).toBe(0)
    const plan = JSON.parse(result.stdout) as RankPlan
    expect(plan.peers).toBe('last-year')
    expect(plan.cost).toBe(fixed.cost)
    const missing = await runCli([...args, '--peers', 'last-year'], { cwd: ROOT })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--peers last-year needs --last-year FILE')
  })

  it('reads a costs file and locates its errors', async () => {
    const unit = unitAtRank(PCI, 19)
    const good = join(temp, 'costs.yaml')
    writeFileSync(
      good,
      'nodes:\n  labor_policy: { perStep: "100" }\n  transparency: { controllable: false }\n',
    )
    const plan = JSON.parse(
      (
        await runCli(['plan', ...PCI, '--unit', unit, '--rise', '3', '--costs', good, '--json'], {
          cwd: ROOT,
        })
      ).stdout,
    ) as RankPlan
    expect(plan.steps.some((step) => step.node === 'transparency')).toBe(false)
    expect(plan.excluded).toContainEqual({ node: 'transparency', why: 'not controllable (costs file)' })
    const bad = join(temp, 'bad-costs.yaml')
    writeFileSync(bad, 'nodes:\n  labor_policy:\n    perStep: lots\n')
    const result = await runCli(['plan', ...PCI, '--unit', unit, '--rise', '3', '--costs', bad], {
      cwd: ROOT,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('nodes.labor_policy.perStep')
    expect(result.stderr).toMatch(/bad-costs\.yaml:3/)
  })

  it('is a usage error without exactly one target', async () => {
    expect((await runCli(['plan', ...PCI, '--unit', 'quang-nam'], { cwd: ROOT })).code).toBe(2)
    const both = await runCli(['plan', ...PCI, '--unit', 'quang-nam', '--rise', '2', '--rank', '3'], {
      cwd: ROOT,
    })
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('give one of --rise N, --rank K or --overtake CODE, or --targets FILE')
    expect(
      (await runCli(['plan', ...PCI, '--unit', 'quang-nam', '--rise', '2', '--peers', 'lots'], { cwd: ROOT }))
        .code,
    ).toBe(2)
  })

  it('says so when the unit is unknown', async () => {
    const result = await runCli(['plan', ...PCI, '--unit', 'atlantis', '--rise', '2'], { cwd: ROOT })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('atlantis')
  })

  it('has --help with examples', async () => {
    const result = await runCli(['plan', '--help'], { cwd: ROOT })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: chiso plan [options] <methodology> <data>')
    expect(result.stdout).toMatch(/Examples:\n {2}\$ chiso plan /)
  })
})

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from './helpers.js'

// The small illustrative fixture (3 units): fast to plan and simulate.
const DATA = [join(FIXTURES, 'points.methodology.yaml'), join(FIXTURES, 'points.csv')]

describe('chiso report: inputs that do not fit', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-report-errors-'))
  const path = (name: string) => join(temp, name)
  let plan: Record<string, unknown>
  let simulation: Record<string, unknown>
  const report = (...args: string[]) => runCli(['report', ...DATA, ...args], { cwd: temp })

  beforeAll(async () => {
    const planned = await runCli(['plan', ...DATA, '--unit', 'DN', '--rise', '1', '--json'])
    expect(planned.code).toBe(0)
    plan = JSON.parse(planned.stdout)
    const simulated = await runCli(['simulate', ...DATA, '--runs', '50', '--seed', '1', '--json'])
    expect(simulated.code).toBe(0)
    simulation = JSON.parse(simulated.stdout)
  })
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  const write = (name: string, value: unknown) => {
    writeFileSync(path(name), `${JSON.stringify(value, null, 2)}\n`)
    return name
  }

  it('accepts the plan and the simulation made from the same methodology and data', async () => {
    const result = await report(
      '--plan',
      write('plan.json', plan),
      '--simulate',
      write('sim.json', simulation),
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const document = parseHTML(result.stdout).document
    expect(document.querySelector('#plan')).not.toBeNull()
    expect(document.querySelector('#simulation')).not.toBeNull()
  })

  it('names the file, JSON path, line and column of a malformed plan', async () => {
    const broken = { ...plan, steps: [{ node: '1.1', title: 'x', from: 'a', to: 'b', pointsGained: 'lots' }] }
    const result = await report('--plan', write('broken-plan.json', broken))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('broken-plan.json is not a plan (chiso plan --json)')
    expect(result.stderr).toMatch(
      /steps\[0\]\.pointsGained: expected a decimal string.*\(at broken-plan\.json:\d+:\d+\)/,
    )
    expect(result.stderr).toMatch(/steps\[0\]\.cost: .*\(at broken-plan\.json:\d+:\d+\)/)
  })

  it('refuses a plan made under another methodology (fingerprint mismatch)', async () => {
    const other = {
      ...plan,
      methodology: { ...(plan.methodology as object), fingerprint: `sha256:${'0'.repeat(64)}` },
    }
    const result = await report('--plan', write('other-plan.json', other))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /methodology\.fingerprint: the plan was made under test\.points@1\.0\.0 \(sha256:0{64}\)/,
    )
    expect(result.stderr).toMatch(/\(at other-plan\.json:5:20\)/)
  })

  it('refuses a plan made on other data', async () => {
    const before = plan.before as Record<string, unknown>
    const moved = { ...plan, before: { ...before, index: '12.5' } }
    const result = await report('--plan', write('moved-plan.json', moved))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /before\.index: the plan starts from index 12\.5 for DN.*made on other data/,
    )
    const stranger = { ...plan, unit: 'HCM' }
    const unknown = await report('--plan', write('stranger-plan.json', stranger))
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/unit: the data has no unit HCM \(at stranger-plan\.json:\d+:\d+\)/)
  })

  it('refuses a malformed simulation and one run on other data, with the path of each fault', async () => {
    const units = simulation.units as Array<Record<string, unknown>>
    const malformed = {
      ...simulation,
      units: units.map((unit, i) => (i === 1 ? { ...unit, p5: 'one' } : unit)),
    }
    const bad = await report('--simulate', write('bad-sim.json', malformed))
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/units\[1\]\.p5: .*\(at bad-sim\.json:\d+:\d+\)/)

    const shifted = { ...simulation, units: units.map((unit) => ({ ...unit, nominalRank: 1 })) }
    const other = await report('--simulate', write('other-sim.json', shifted))
    expect(other.code).toBe(1)
    expect(other.stderr).toMatch(
      /units\[\d\]\.nominalRank: the simulation ranks \w+ 1, the data \d: it was run on other data/,
    )

    const fewer = { ...simulation, units: units.slice(1) }
    const missing = await report('--simulate', write('fewer-sim.json', fewer))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/units: the simulation has no distribution for \w+/)
  })

  it('refuses a previous ranking that is not one, and an unknown --unit', async () => {
    writeFileSync(path('previous.yaml'), 'methodology: { id: x }\nunits: 3\n')
    const previous = await report('--previous', 'previous.yaml')
    expect(previous.code).toBe(1)
    expect(previous.stderr).toMatch(/units: .*\(at previous\.yaml:2:8\)/)
    const unit = await report('--unit', 'HCM')
    expect(unit.code).toBe(1)
    expect(unit.stderr).toContain('--unit HCM: the data has no such unit')
  })

  it('shows hostile unit names and titles as text, never as markup', async () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    writeFileSync(
      path('hostile.csv'),
      `unit,name,1.1,1.2,2\nEVIL,${JSON.stringify(hostile).replace(/\\"/g, '""')},4,5.5,4.75\nOK,Quảng Trị,3,3,3\n`,
    )
    const result = await runCli(
      ['report', DATA[0]!, 'hostile.csv', '--title', '</title><script>alert(2)</script>', '--unit', 'EVIL'],
      { cwd: temp },
    )
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/<script|<img/i)
    const document = parseHTML(result.stdout).document
    expect(document.querySelectorAll('script, img')).toHaveLength(0)
    expect(document.querySelector('tr[data-unit="EVIL"] td:nth-child(2)')!.textContent).toBe(`${hostile}EVIL`)
    expect(document.querySelector('h1')!.textContent).toBe('</title><script>alert(2)</script>')
    expect(document.querySelector('title')!.textContent).toBe('</title><script>alert(2)</script>')
    expect(document.querySelector('#profile h2')!.textContent).toContain(hostile)
    const ticks = [...document.querySelectorAll('#areas svg text')].map((text) => text.textContent)
    expect(ticks).toContain(hostile)
  })
})

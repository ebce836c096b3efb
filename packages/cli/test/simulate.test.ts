import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const PCI = ['examples/pci-2021/pci.methodology.yaml', 'examples/pci-2021/pci-2021.csv']

describe('chiso simulate', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-simulate-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))
  const spec = join(temp, 'spec.yaml')
  writeFileSync(
    spec,
    [
      'unit: quang-nam',
      'weights: { noise: "0.25" }',
      'peers: { distribution: normal, mean: "0.3", sd: "0.8" }',
      'alternatives:',
      '  - nodes: leaves',
      '    normalise: [null, { use: chiso/min-max, with: { l: "1", u: "10" } }]',
      '',
    ].join('\n'),
  )

  it('gives seeded, replayable distributions, byte-identical for any number of workers', async () => {
    const args = [
      'simulate',
      ...PCI,
      '--runs',
      '120',
      '--seed',
      '3',
      '--spec',
      spec,
      '--target-rank',
      '10',
      '--json',
    ]
    const one = await runCli([...args, '--workers', '1'], { cwd: ROOT })
    const two = await runCli([...args, '--workers', '2'], { cwd: ROOT })
    expect(one.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    const result = JSON.parse(one.stdout)
    expect(result.arithmetic).toBe('float64')
    expect(result.nominal).toEqual({ matchesExact: true, mismatched: [] })
    expect(result.factors).toEqual(['weights:$root', 'alternative:0', 'peers'])
    expect(result.units).toHaveLength(21)
    expect(result.parameters).toHaveLength(120)
    expect(result.parameters[0].peers['quang-nam']).toBeUndefined()
    for (const unit of result.units) {
      expect(unit.counts.reduce((a: number, b: number) => a + b, 0) + unit.unranked).toBe(120)
      expect(typeof unit.probability).toBe('string')
      expect(unit.p5).toBeLessThanOrEqual(unit.median)
      expect(unit.median).toBeLessThanOrEqual(unit.p95)
    }
  })

  it('prints a table with the nominal check, and the sensitivity of the unit’s rank', async () => {
    const result = await runCli(
      [
        'simulate',
        ...PCI,
        '--runs',
        '100',
        '--seed',
        '9',
        '--spec',
        spec,
        '--target-rank',
        '10',
        '--sensitivity',
        '60',
        '--workers',
        '1',
      ],
      { cwd: ROOT },
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '100 runs · seed 9 · float64 kernel — its nominal ranks equal the exact engine’s',
    )
    expect(result.stdout).toMatch(/Rank +Unit +Median +P5–P95 +P\(rank ≤ 10\)/)
    expect(result.stdout).toContain('Sensitivity of quang-nam’s rank')
    expect(result.stdout).toMatch(/weights:\$root +-?\d\.\d{3} \[/)
  })

  it('with no spec every run is the nominal ranking', async () => {
    const result = await runCli(
      ['simulate', ...PCI, '--runs', '20', '--seed', '1', '--workers', '1', '--json'],
      { cwd: ROOT },
    )
    const parsed = JSON.parse(result.stdout)
    for (const unit of parsed.units) expect(unit.counts[unit.nominalRank - 1]).toBe(20)
  })

  it('locates errors in the spec file', async () => {
    const bad = join(temp, 'bad-spec.yaml')
    writeFileSync(bad, 'weights:\n  noise: lots\n')
    const result = await runCli(['simulate', ...PCI, '--runs', '10', '--seed', '1', '--spec', bad], {
      cwd: ROOT,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('weights.noise')
    expect(result.stderr).toMatch(/bad-spec\.yaml:2/)
    const unknown = join(temp, 'unknown-unit.yaml')
    writeFileSync(unknown, 'weights: { noise: "0.1" }\nunit: atlantis\n')
    const missing = await runCli(['simulate', ...PCI, '--runs', '10', '--seed', '1', '--spec', unknown], {
      cwd: ROOT,
    })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('the data has no unit "atlantis"')
    expect(missing.stderr).toMatch(/unknown-unit\.yaml:2/)
  })

  it('is a usage error without --runs or --seed', async () => {
    expect((await runCli(['simulate', ...PCI, '--runs', '10'], { cwd: ROOT })).code).toBe(2)
    expect((await runCli(['simulate', ...PCI, '--seed', '1'], { cwd: ROOT })).code).toBe(2)
    expect((await runCli(['simulate', ...PCI, '--runs', '0', '--seed', '1'], { cwd: ROOT })).code).toBe(2)
  })

  it('has --help with examples', async () => {
    const result = await runCli(['simulate', '--help'], { cwd: ROOT })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: chiso simulate [options] <methodology> <data>')
    expect(result.stdout).toMatch(/Examples:\n {2}\$ chiso simulate /)
  })
})

// chiso fingerprint, diff, schema and catalogue ids in place of a methodology file.
import { describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from './helpers.js'

const cwd = `${FIXTURES}versioning/`

describe('chiso fingerprint', () => {
  it('prints the same fingerprint for a YAML file and the catalogue', async () => {
    const result = await runCli(['fingerprint', 'demo-2024.yaml', 'pci@2014'], { cwd })
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^sha256:[0-9a-f]{64} {2}cchc\.demo@2024\.0\.0 {2}demo-2024\.yaml$/)
    expect(lines[1]).toMatch(/^sha256:[0-9a-f]{64} {2}pci@2014\.0\.0 {2}pci@2014$/)
  })

  it('matches the fingerprint every scorecard carries', async () => {
    const printed = JSON.parse((await runCli(['fingerprint', 'demo-2024.yaml', '--json'], { cwd })).stdout)
    const scored = JSON.parse(
      (await runCli(['score', 'demo-2024.yaml', 'data-2024.csv', '--format', 'json'], { cwd })).stdout,
    )
    expect(printed.fingerprint).toBe(scored.methodology.fingerprint)
  })

  it('exits 1 with the known versions when a catalogue id does not resolve', async () => {
    const result = await runCli(['fingerprint', 'pci@2022'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('no methodology in the catalogue matches "pci@2022"')
    expect(result.stderr).toContain('versions of pci: 2014.0.0')
  })
})

describe('chiso score with a catalogue id', () => {
  it('scores pci@2014 like the PCI example file', async () => {
    const data = '../../../../../examples/pci-2021/pci-2021.csv'
    const fromCatalogue = JSON.parse(
      (await runCli(['score', 'pci@2014', data, '--format', 'json'], { cwd })).stdout,
    )
    expect(fromCatalogue.methodology.id).toBe('pci')
    expect(fromCatalogue.units[0]).toMatchObject({ unit: 'quang-ninh', rank: 1 })
  })
})

describe('chiso diff', () => {
  it('lists the changes as a table', async () => {
    const result = await runCli(['diff', 'demo-2024.yaml', 'demo-2025.json'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('cchc.demo@2024.0.0')
    const rows = result.stdout.split('\n')
    expect(rows.some((row) => /^renamed\s+1\.1\s+title\s+Kế hoạch\s+Kế hoạch năm$/.test(row))).toBe(true)
    expect(
      rows.some((row) =>
        /^changed\s+1\.2\s+rule\.with\s+\{"per":"0\.25","floor":"0"\}\s+\{"per":"0\.5","floor":"0"\}$/.test(
          row,
        ),
      ),
    ).toBe(true)
    expect(rows.some((row) => /^removed\s+2\.3\s+under 2, #3/.test(row))).toBe(true)
    expect(rows.some((row) => /^added\s+2\.5\s+under 2, #2/.test(row))).toBe(true)
  })

  it('prints JSON that names both versions and every change', async () => {
    const result = await runCli(['diff', 'demo-2024.yaml', 'demo-2025.json', '--json'], { cwd })
    const diff = JSON.parse(result.stdout)
    expect(diff.from).toMatchObject({ id: 'cchc.demo', version: '2024.0.0' })
    expect(diff.changes).toContainEqual({
      kind: 'methodology-changed',
      field: 'supersedes',
      before: null,
      after: 'cchc.demo@2024.0.0',
    })
    expect(
      diff.changes
        .filter((c: { kind: string }) => c.kind === 'node-added')
        .map((c: { code: string }) => c.code),
    ).toEqual(['1.4', '1.5', '2.4', '2.5'])
  })

  it('says so when nothing changed', async () => {
    const result = await runCli(['diff', 'pci@2014', 'pci@2014.0.0'], { cwd })
    expect(result.stdout).toMatch(/no changes\n$/)
  })
})

describe('chiso schema', () => {
  it.each([
    ['methodology', 'chiso methodology', 'tree'],
    ['dataset', 'chiso dataset', 'observations'],
    ['crosswalk', 'chiso crosswalk', 'entries'],
    ['unit-registry', 'chiso unit registry', 'events'],
  ])('prints the JSON Schema of a %s', async (kind, title, property) => {
    const result = await runCli(['schema', kind], { cwd })
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout)
    expect(schema).toMatchObject({ title, type: 'object' })
    expect(Object.keys(schema.properties)).toContain(property)
  })

  it('refuses an unknown format with a usage error', async () => {
    expect((await runCli(['schema', 'scorecard'], { cwd })).code).toBe(2)
  })
})

// The publishing guide must keep working: its methodologies, crosswalk and data are extracted from
// docs/publishing-a-methodology.md and run through the CLI, and what the guide says about them is checked.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mapUnit, parseUnitRegistry } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runCli } from './helpers.js'

const guide = readFileSync(
  fileURLToPath(new URL('../../../docs/publishing-a-methodology.md', import.meta.url)),
  'utf8',
)

function block(language: string, firstLine: RegExp): string {
  const blocks = [...guide.matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)].filter(([, lang]) => lang === language)
  const found = blocks.map(([, , body]) => body!).find((body) => firstLine.test(body))
  if (found === undefined) throw new Error(`the guide has no ${language} block starting like ${firstLine}`)
  return found
}

describe('docs/publishing-a-methodology.md', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'chiso-publishing-'))
  writeFileSync(join(cwd, 'cchc-2024.yaml'), block('yaml', /^# cchc-2024\.yaml/))
  writeFileSync(join(cwd, 'cchc-2025.yaml'), block('yaml', /^# cchc-2025\.yaml/))
  writeFileSync(join(cwd, 'crosswalk-2024-2025.yaml'), block('yaml', /^# crosswalk-2024-2025\.yaml/))
  writeFileSync(join(cwd, 'data-2024.csv'), block('csv', /^unit,name,/))

  it('validates, diffs, fingerprints and renders the two versions', async () => {
    for (const args of [
      ['validate', 'cchc-2025.yaml'],
      ['diff', 'cchc-2024.yaml', 'cchc-2025.yaml'],
      ['fingerprint', 'cchc-2025.yaml'],
      ['render', 'cchc-2025.yaml', '--format', 'md'],
    ]) {
      const result = await runCli(args, { cwd })
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0)
    }
  })

  it('carries unit a over as the guide says, and reports unit b’s incomplete merge', async () => {
    const result = await runCli(
      [
        'rebase',
        'cchc-2025.yaml',
        'data-2024.csv',
        '--crosswalk',
        'crosswalk-2024-2025.yaml',
        '--from',
        'cchc-2024.yaml',
        '--json',
      ],
      { cwd },
    )
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    const a = report.dataset.observations.filter((o: { unit: string }) => o.unit === 'a')
    expect(a.map((o: { node: string; value: unknown }) => [o.node, o.value])).toEqual([
      ['1.1', true],
      ['1.2', '0'],
      ['1.4', '0.75'],
      ['1.5', '0.75'],
      ['2.4', '5'],
    ])
    const problems = report.problems.map(
      (p: { code: string; unit: string; node: string }) => `${p.code} ${p.unit} ${p.node}`,
    )
    expect(problems).toEqual([
      'RETIRED a 2.3',
      'INCOMPLETE_MERGE b 2.1',
      'INCOMPLETE_MERGE b 2.2',
      'RETIRED b 2.3',
    ])
  })

  it('maps the illustrative units as the guide says', () => {
    const registry = parseUnitRegistry(parse(block('yaml', /^# ILLUSTRATIVE registry/)))
    expect(mapUnit(registry, 'tinh-a', '2024', '2026').codes).toEqual(['tinh-ab'])
    expect(mapUnit(registry, 'tinh-ab', '2026', '2024').codes).toEqual(['tinh-a', 'tinh-b'])
    expect(mapUnit(registry, 'huyen-x', '2024', '2026').codes).toEqual([])
  })
})

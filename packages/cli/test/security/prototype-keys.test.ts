import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from '../helpers.js'

// The CLI runs in-process here, so a polluted Object.prototype would be visible to this test afterwards.
const dir = mkdtempSync(join(tmpdir(), 'chiso-proto-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
copyFileSync(join(FIXTURES, 'points.methodology.yaml'), join(dir, 'points.methodology.yaml'))

afterEach(() => {
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  expect(typeof probe.hasOwnProperty).toBe('function')
})

const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return name
}

describe('prototype keys through the CLI', () => {
  it('CSV headers and unit codes named __proto__, constructor, prototype are ordinary data', async () => {
    write(
      'proto.csv',
      [
        'unit,name,1.1,1.2,2,__proto__,constructor,prototype',
        '__proto__,polluted,4,5,5,1,1,1',
        'constructor,Constructor,3,6,5,1,1,1',
        'prototype,Prototype,2,6,4,1,1,1',
        '',
      ].join('\n'),
    )
    const result = await runCli(
      ['score', 'points.methodology.yaml', 'proto.csv', '--format', 'json', '--allow-rejects'],
      { cwd: dir },
    )
    expect(result.code).toBe(0)
    const card = JSON.parse(result.stdout) as { units: Array<{ unit: string; name: string; score: string }> }
    expect(card.units.map((unit) => [unit.unit, unit.score]).sort()).toEqual([
      ['__proto__', '14'],
      ['constructor', '14'],
      ['prototype', '12'],
    ])
    expect(card.units.find((unit) => unit.unit === '__proto__')?.name).toBe('polluted')
    // The three unknown columns are reported, not used and not dropped silently.
    expect(result.stderr).toMatch(/__proto__/)
  })

  it('a mapping file with __proto__ keys maps headers as plain strings', async () => {
    write(
      'proto-mapping.yaml',
      ['unit: Mã', 'columns:', '  __proto__: "1.1"', '  constructor: "1.2"', '  prototype: "2"', ''].join(
        '\n',
      ),
    )
    write('proto-mapped.csv', 'Mã,__proto__,constructor,prototype\nA,4,6,5\n')
    const result = await runCli(
      [
        'score',
        'points.methodology.yaml',
        'proto-mapped.csv',
        '--mapping',
        'proto-mapping.yaml',
        '--format',
        'json',
      ],
      { cwd: dir },
    )
    expect(result.code).toBe(0)
    const card = JSON.parse(result.stdout) as { units: Array<{ unit: string; score: string; nodes: object }> }
    expect(card.units).toEqual([expect.objectContaining({ unit: 'A', score: '15' })])
    expect(Object.keys(card.units[0]!.nodes).sort()).toEqual(['1', '1.1', '1.2', '2'])
  })

  it('YAML and JSON methodologies and JSON datasets with __proto__ keys are refused, located', async () => {
    write(
      'proto.methodology.yaml',
      [
        '__proto__: { polluted: yes }',
        'id: proto',
        'version: 1.0.0',
        'title: Prototype keys (illustrative)',
        'result: { type: points }',
        'tree:',
        '  - { code: "1", title: One, max: "1", rule: { use: chiso/points } }',
        '',
      ].join('\n'),
    )
    const yaml = await runCli(['validate', 'proto.methodology.yaml'], { cwd: dir })
    expect(yaml.code).toBe(1)
    expect(yaml.stdout).toContain('(root): Unrecognized key: "__proto__"')
    expect(yaml.stdout).toContain('proto.methodology.yaml')

    write(
      'proto.dataset.json',
      '{ "__proto__": { "polluted": true }, "units": [ { "code": "HN" } ], "observations": [] }',
    )
    const json = await runCli(['score', 'points.methodology.yaml', 'proto.dataset.json'], { cwd: dir })
    expect(json.code).toBe(1)
    expect(json.stderr).toMatch(/proto\.dataset\.json.*__proto__|__proto__.*proto\.dataset\.json/s)
  })
})

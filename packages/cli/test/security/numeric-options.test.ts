// Every numeric option and spec value is validated: values that would make results meaningless or the work
// unbounded are refused with their place, before any work is done.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isChisoError } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { afterAll, describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/io/parse-yaml.js'
import { FIXTURES, runCli } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'chiso-numeric-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
copyFileSync(join(FIXTURES, 'points.methodology.yaml'), join(dir, 'points.methodology.yaml'))
copyFileSync(join(FIXTURES, 'points.csv'), join(dir, 'points.csv'))
const simulate = (...extra: string[]) => [
  'simulate',
  'points.methodology.yaml',
  'points.csv',
  '--runs',
  '20',
  '--seed',
  '1',
  ...extra,
]

describe('simulation specs and options', () => {
  it.each([
    ['weight noise above 1', 'weights: { noise: "1.5" }', 'weights.noise: expected a noise between 0 and 1'],
    [
      'a survey standard error above 1',
      'survey: { se: "2" }',
      'survey.se: expected a standard error between 0 and 1',
    ],
    [
      'a uniform range with min > max',
      'peers: { distribution: uniform, min: "2", max: "1" }',
      'peers.max: expected min ≤ max',
    ],
  ])('refuses %s with its place', async (_case, spec, message) => {
    writeFileSync(join(dir, 'spec.yaml'), `${spec}\n`)
    const { code, stderr } = await runCli(simulate('--spec', 'spec.yaml'), { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toContain(message)
  })

  it('accepts weight noise of exactly 1 (as far as the bound goes)', async () => {
    writeFileSync(join(dir, 'spec.yaml'), 'weights: { noise: "1" }\n')
    const { stderr } = await runCli(simulate('--spec', 'spec.yaml'), { cwd: dir })
    expect(stderr).not.toContain('between 0 and 1')
  })

  it.each(['0', '17', '100000'])('refuses --workers %s as a usage error', async (workers) => {
    const { code, stderr } = await runCli(simulate('--workers', workers), { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toMatch(/--workers/)
  })
})

describe('unquoted YAML numbers that do not convert exactly', () => {
  it('refuses a 17-significant-digit number with its place, as the docs say', async () => {
    writeFileSync(
      join(dir, 'digits.methodology.yaml'),
      'id: digits\nversion: 1.0.0\ntitle: Digits (illustrative)\nresult: { type: points }\ntree:\n  - { code: "1", title: One, max: 1.0000000000000001, rule: { use: chiso/points } }\n',
    )
    const { code, stdout } = await runCli(['validate', 'digits.methodology.yaml'], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toContain(
      'digits.methodology.yaml:6:35: the unquoted number 1.0000000000000001 does not convert exactly (it would be read as 1): quote it ("1.0000000000000001") to keep every digit',
    )
  })

  test.prop(
    [fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.integer({ min: 0, max: 20 }))],
    propertyRuns(200),
  )('a number is read as written, or refused with its place', ([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0')
    const written = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`
    try {
      const value = (parseYaml(`max: ${written}\n`, 'n.yaml') as { max: number }).max
      // Read: the double is exactly the decimal written.
      expect(Number(written)).toBe(value)
      expect(BigInt(Math.round(value * 10 ** Math.min(scale, 15)))).toBeDefined()
    } catch (error) {
      expect(isChisoError(error) && error.issues[0]?.row).toBe(1)
    }
  })
})

describe('deep YAML', () => {
  it('is refused as the nesting limit, not a stack overflow', async () => {
    writeFileSync(
      join(dir, 'deep.methodology.yaml'),
      `id: x\ntree: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
    )
    const { code, stdout } = await runCli(['validate', 'deep.methodology.yaml'], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toContain('nested too deeply, beyond the nesting limit')
    expect(stdout).not.toContain('call stack')
  })
})

describe('--unit follows the unit-code rules', () => {
  it('finds a unit typed with combining marks (NFC), and refuses an invisible character', async () => {
    writeFileSync(join(dir, 'hue.csv'), 'unit,1.1,1.2,2\nHuế,4,5,4\nHN,3,6,5\n')
    const found = await runCli(
      ['explain', 'points.methodology.yaml', 'hue.csv', '--unit', 'Hue\u0302\u0301'],
      {
        cwd: dir,
      },
    )
    expect(found.code).toBe(0)
    const invisible = await runCli(['explain', 'points.methodology.yaml', 'hue.csv', '--unit', 'H\u200bN'], {
      cwd: dir,
    })
    expect(invisible.code).toBe(2)
    expect(invisible.stderr).toContain('invisible character (U+200B)')
  })
})

describe('--max-cells', () => {
  it('refuses a table whose rectangle has more cells, naming the option', async () => {
    const { code, stderr } = await runCli(
      ['score', 'points.methodology.yaml', 'points.csv', '--max-cells', '10'],
      {
        cwd: dir,
      },
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/cells exceed the limit of 10 cells/)
    expect(stderr).toContain('--max-cells')
  })
})

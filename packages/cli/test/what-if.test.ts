import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { WHAT_IF_MESSAGES } from '../src/messages/what-if.js'
import { runCli } from './helpers.js'

const DISTRICT = fileURLToPath(new URL('../../../examples/district-cchc/', import.meta.url))
const PCI = fileURLToPath(new URL('../../../examples/pci-2021/', import.meta.url))
const district = (...args: string[]) =>
  runCli(
    ['what-if', 'district.methodology.yaml', 'districts-2023.synthetic.csv', '--unit', 'dong-son', ...args],
    {
      cwd: DISTRICT,
    },
  )

describe('chiso what-if', () => {
  it('prints the unit before and after, per changed leaf, and the nodes that moved', async () => {
    const result = await district('--changes', 'dong-son.what-if.yaml', '--lang', 'en')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('What-if for Huyện Đông Sơn (dong-son)')
    expect(result.stdout).toContain('Index: 81.31 → 83.96 (+2.645299…)')
    expect(result.stdout).toContain('Rank: 23 → 21 (up 2)')
    expect(result.stdout).toContain('  1.1.2 Share of the annual plan’s tasks completed: 0.75 → 1 (+0.25)')
    expect(result.stdout).toContain('  1.1 Annual PAR plan: 1.75 → 2 (+0.25)')
    expect(result.stdout).toMatch(/Other units whose rank changed:\n {2}\S+ .+: 21 → 22 \(down 1\)/)
  })

  it('--set and the changes file give the same exact result; --json has the exact decimals', async () => {
    const fromFile = await district('--changes', 'dong-son.what-if.yaml', '--json')
    const fromArgs = await district(
      ...['1.1.2:done=41', '1.2.1=0', '1.3.1:done=39', '1.5.2:done=8', '2.1.1:done=4'].flatMap((s) => [
        '--set',
        s,
      ]),
      '--json',
    )
    expect(fromArgs.code).toBe(0)
    expect(fromArgs.stdout).toBe(fromFile.stdout)
    const json = JSON.parse(fromArgs.stdout)
    expect(json.before).toMatchObject({ indexDisplay: '81.31', rank: 23, band: 'B' })
    expect(json.after).toMatchObject({ indexDisplay: '83.96', rank: 21 })
    expect(json.rankDelta).toBe(2)
    expect(json.indexDelta).toBe('2.64529914529914529914529914529914529915')
    expect(json.leaves[0]).toEqual({ node: '1.1.2', before: '0.75', after: '1', delta: '0.25' })
    expect(json.changes.set[0]).toEqual({ node: '1.1.2', field: 'done', value: '41' })
  })

  it('a weight change recompiles: new fingerprint, other units move', async () => {
    const result = await runCli(
      [
        'what-if',
        'pci.methodology.yaml',
        'pci-2021.csv',
        '--unit',
        'quang-ninh',
        '--weight',
        'transparency=25',
        '--json',
      ],
      { cwd: PCI },
    )
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.methodologyAfter.fingerprint).not.toBe(json.methodology.fingerprint)
    expect(json.changes.weights).toEqual([{ node: 'transparency', weight: '25' }])
    expect(json.otherUnits).toContainEqual({ unit: 'vinh-phuc', rankBefore: 5, rankAfter: 7 })
  })

  it.each([
    [['--set', '9.9=1'], 'error: --set 9.9=1: the methodology has no criterion "9.9"'],
    [['--set', '1.1=1'], '--set 1.1=1: "1.1" is computed from its children and takes no value'],
    [['--set', '1.2.2=7'], '--set 1.2.2=7: the value cannot be used: points 7 exceed the node maximum 0.5'],
    [['--set', '1.1.2:x=3'], 'reads done, total, not "x"'],
    [['--weight', '1=3'], '--weight 1=3: the weight of "1" cannot change anything'],
    [['--set', '1.2.2=0', '--unit', 'nope'], '--unit nope: the data has no unit "nope"'],
  ])('refuses %j where it was written (exit 1)', async (args, message) => {
    const result = await district(...args)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
  })

  it('places a changes file’s refusal at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-what-if-'))
    writeFileSync(join(dir, 'bad.yaml'), 'set:\n  "1.2.2": "0"\n  "9.1": "1"\n')
    writeFileSync(join(dir, 'number.yaml'), 'set:\n  "1.2.2": 0.5\n')
    const base = [
      'what-if',
      `${DISTRICT}district.methodology.yaml`,
      `${DISTRICT}districts-2023.synthetic.csv`,
    ]
    const unknown = await runCli([...base, '--unit', 'dong-son', '--changes', 'bad.yaml'], { cwd: dir })
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('set["9.1"]: the methodology has no criterion "9.1" (at bad.yaml:3:10)')
    const number = await runCli([...base, '--unit', 'dong-son', '--changes', 'number.yaml'], { cwd: dir })
    expect(number.code).toBe(1)
    expect(number.stderr).toContain('decimals are written as strings (at number.yaml:2:12)')
  })

  it.each([[['--set', '1.2.2']], [['--set', '1.2.2=abc']], [['--weight', 'x=có']], [[]]])(
    'a malformed or missing change is a usage error (exit 2): %j',
    async (args) => {
      const result = await district(...args)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
    },
  )

  it('has the same message keys in both languages', () => {
    expect(Object.keys(WHAT_IF_MESSAGES.vi).sort()).toEqual(Object.keys(WHAT_IF_MESSAGES.en).sort())
  })
})

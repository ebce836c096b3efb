import { describe, expect, it } from 'vitest'
import { EXIT } from '../src/exit-codes.js'
import { runCli } from './helpers.js'

// One exit code per kind of error, in every command (the CLI contract: 1 invalid input, 2 usage error).
const M = 'points.methodology.yaml'
const D = 'points.csv'

const USAGE: ReadonlyArray<[string, string[]]> = [
  ['unknown option', ['score', M, D, '--bogus']],
  ['unknown option', ['explain', M, D, '--unit', 'HN', '--bogus']],
  ['unknown option', ['what-if', M, D, '--unit', 'HN', '--set', '2=1', '--bogus']],
  ['unknown option', ['catalogue', '--bogus']],
  ['missing argument', ['validate']],
  ['missing argument', ['score', M]],
  ['missing argument', ['diff', M]],
  ['missing argument', ['what-if', M]],
  ['missing required option', ['explain', M, D]],
  ['missing required option', ['what-if', M, D, '--set', '2=1']],
  ['missing required option', ['plan', M, D, '--rise', '1']],
  ['missing required option', ['simulate', M, D]],
  ['bad choice', ['score', M, D, '--format', 'pdf']],
  ['bad choice', ['render', M, '--format', 'pdf']],
  ['bad choice', ['catalogue', '--lang', 'fr']],
  ['bad option value', ['what-if', M, D, '--unit', 'HN', '--set', '2']],
  ['bad option value', ['simulate', M, D, '--runs', 'many', '--seed', '1']],
  ['options that do not go together', ['plan', M, D, '--unit', 'HN', '--rise', '1', '--rank', '1']],
  ['xlsx without --out', ['score', M, D, '--format', 'xlsx']],
  ['xlsx without --out', ['render', M, '--format', 'xlsx']],
  ['nothing to do', ['what-if', M, D, '--unit', 'HN']],
  ['not a package name', ['validate', M, '--plugin', './acme.js']],
  ['unknown command', ['scor']],
]

const INPUT: ReadonlyArray<[string, string[]]> = [
  ['missing file', ['validate', 'nope.yaml']],
  ['missing file', ['score', 'nope.yaml', D]],
  ['missing file', ['score', M, 'nope.csv']],
  ['missing file', ['fingerprint', 'nope.yaml']],
  ['missing file', ['render', 'nope.yaml']],
  ['missing file', ['what-if', M, 'nope.csv', '--unit', 'HN', '--set', '2=1']],
  ['catalogue id written loosely', ['score', 'PCI@2014', D]],
  ['unknown catalogue version', ['fingerprint', 'pci@2099']],
  ['unknown unit', ['explain', M, D, '--unit', 'XX']],
  ['unknown unit', ['what-if', M, D, '--unit', 'XX', '--set', '2=1']],
  ['unknown unit', ['plan', M, D, '--unit', 'XX', '--rise', '1']],
  ['unknown node', ['what-if', M, D, '--unit', 'HN', '--set', '9=1']],
  ['value out of range', ['what-if', M, D, '--unit', 'HN', '--set', '2=99']],
  ['plugin not installed', ['validate', M, '--plugin', 'chiso-plugin-nothing']],
]

describe('exit codes across commands', () => {
  it.each(USAGE)('a usage error (%s) exits 2: %j', async (_kind, args) => {
    const result = await runCli(args)
    expect(result.code).toBe(EXIT.USAGE)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/error/)
  })

  it.each(INPUT)('an input error (%s) exits 1: %j', async (_kind, args) => {
    const result = await runCli(args)
    expect(result.code).toBe(EXIT.INVALID_INPUT)
    // validate reports to stdout (its report is its result); every other command to stderr.
    expect(`${result.stdout}${result.stderr}`).toMatch(/error/)
  })
})

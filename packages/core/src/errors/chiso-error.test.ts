import { describe, expect, it } from 'vitest'
import { ChisoError, type ChisoIssue, formatIssue, formatLocation, isChisoError } from './chiso-error.js'

describe('formatLocation', () => {
  it.each([
    [{ file: 'data.csv', row: 4, column: 3 }, 'data.csv:4:3'],
    [{ file: 'du-lieu.xlsx', sheet: 'TC3', row: 7 }, 'du-lieu.xlsx!TC3:7'],
    [{ file: 'data.csv', column: 3 }, 'data.csv'],
    [{ file: 'data.csv' }, 'data.csv'],
    [{ row: 5 }, 'line 5'],
    [{}, ''],
  ])('%j → %s', (where, expected) => {
    expect(formatLocation(where)).toBe(expected)
  })
})

describe('formatIssue', () => {
  it.each<[ChisoIssue, string]>([
    [
      { path: ['tree', 0, 'max'], message: 'expected a decimal string' },
      'tree[0].max: expected a decimal string',
    ],
    [
      { path: ['tree', 0, 'max'], message: 'expected a decimal string', file: 'm.yaml', row: 7, column: 10 },
      'tree[0].max: expected a decimal string (at m.yaml:7:10)',
    ],
    [
      { path: [], message: 'expected an object', file: 'm.yaml', row: 1 },
      '(root): expected an object (at m.yaml:1)',
    ],
    [{ message: 'cannot read "abc"', file: 'd.csv', row: 4, column: 3 }, 'd.csv:4:3: cannot read "abc"'],
    [{ message: 'd.csv: expected a .csv file', file: 'd.csv' }, 'd.csv: expected a .csv file'],
    [{ message: '--runs is too large' }, '--runs is too large'],
    [
      { message: 'no header row', file: 'd.csv', row: 1, hint: 'add one' },
      'd.csv:1: no header row\n    hint: add one',
    ],
    [
      { message: 'invalid YAML: bad indentation', file: 'm.yaml', row: 2, column: 1, detail: 'a:\n b' },
      'm.yaml:2:1: invalid YAML: bad indentation\n    a:\n     b',
    ],
  ])('%j', (issue, expected) => {
    expect(formatIssue(issue)).toBe(expected)
  })
})

describe('ChisoError', () => {
  it('reads as its one issue, path first, and lists several under its summary', () => {
    expect(
      new ChisoError('INVALID_DECIMAL', 'expected a decimal string', { path: ['tree', 0, 'max'] }).message,
    ).toBe('tree[0].max: expected a decimal string')
    const error = new ChisoError('INVALID_CELL', 'd.csv: 2 cells rejected', {
      issues: [
        { message: 'cannot read "x"', file: 'd.csv', row: 2, column: 3 },
        { message: 'cannot read "y"', file: 'd.csv', row: 3, column: 3, hint: 'write a number' },
      ],
    })
    expect(error.message).toBe(
      'd.csv: 2 cells rejected\n  d.csv:2:3: cannot read "x"\n  d.csv:3:3: cannot read "y"\n      hint: write a number',
    )
    expect(error.path).toEqual([])
    expect(error.code).toBe('INVALID_CELL')
  })

  it('takes its path from the first issue that has one', () => {
    const error = new ChisoError('INVALID_DATASET', 'd.json: invalid dataset', {
      issues: [
        { message: 'x', file: 'd.json' },
        { path: ['units', 1], message: 'duplicate unit code "A"' },
      ],
    })
    expect(error.path).toEqual(['units', 1])
  })

  it('is recognised by name when it comes from another installed copy', () => {
    const copy = Object.assign(new Error('x'), { name: 'ChisoError', code: 'NOT_FOUND', issues: [] })
    expect(isChisoError(copy)).toBe(true)
    expect(isChisoError(Object.assign(new Error('x'), { name: 'ChisoError' }))).toBe(false)
    expect(isChisoError(new Error('x'))).toBe(false)
  })
})

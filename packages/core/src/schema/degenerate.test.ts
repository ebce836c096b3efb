// Methodologies that validate by their schema but cannot rank anyone are refused with the reason; a missing
// required key is named as such.
import { describe, expect, it } from 'vitest'
import { isChisoError } from '../errors/chiso-error.js'
import { parseMethodology } from './parse.js'

const leaf = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: code,
  rule: { use: 'chiso/value' },
  ...extra,
})

function problems(input: unknown): Array<{ path: string; message: string }> {
  try {
    parseMethodology(input)
  } catch (error) {
    if (isChisoError(error))
      return error.issues.map((issue) => ({ path: (issue.path ?? []).join('.'), message: issue.message }))
    throw error
  }
  return []
}

const composite = (tree: unknown[], scale?: string) => ({
  id: 'degenerate',
  version: '1.0.0',
  title: 'Degenerate (illustrative)',
  result: { type: 'composite', ...(scale === undefined ? {} : { scale }) },
  tree,
})

describe('degenerate methodologies', () => {
  it('refuses siblings whose weights are all 0', () => {
    expect(
      problems(
        composite([
          { code: 'r', title: 'R', children: [leaf('a', { weight: '0' }), leaf('b', { weight: 0 })] },
        ]),
      ),
    ).toEqual([
      {
        path: 'tree.0.children.0.weight',
        message:
          'every weight among these 2 siblings is 0: their mean has nothing to weigh (give at least one a weight above 0)',
      },
    ])
    // One weight above 0 is a methodology.
    expect(
      problems(composite([{ code: 'r', title: 'R', children: [leaf('a', { weight: '0' }), leaf('b')] }])),
    ).toEqual([])
  })

  it('refuses a tree whose maxima are all 0', () => {
    expect(
      problems({
        id: 'zero',
        version: '1.0.0',
        title: 'Zero (illustrative)',
        result: { type: 'points' },
        tree: [
          { code: '1', title: 'One', max: '0', rule: { use: 'chiso/points' } },
          { code: '2', title: 'Two', max: '0.0', rule: { use: 'chiso/points' } },
        ],
      }),
    ).toEqual([{ path: 'tree.0.max', message: 'every max in the tree is 0: no unit can score a point' }])
  })

  it.each([
    ['0', 'a scale of 0 makes every composite 0: expected a scale above 0'],
    ['-1', 'a scale of -1 reverses the ranking: expected a scale above 0'],
  ])('refuses scale %j', (scale, message) => {
    expect(problems(composite([leaf('a')], scale))).toEqual([{ path: 'result.scale', message }])
  })
})

describe('a missing required key is named', () => {
  it('says "the required key … is missing" instead of "Invalid input"', () => {
    expect(problems({ id: 'x', version: '1.0.0', result: { type: 'composite' }, tree: [leaf('a')] })).toEqual(
      [{ path: 'title', message: 'the required key "title" is missing' }],
    )
  })
})

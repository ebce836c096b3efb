import { pointsLeaf, pointsMethodology } from '@chiso/test-support'
import { describe, expect, it } from 'vitest'
import { isChisoError } from '../errors/chiso-error.js'
import { parseMethodology } from '../schema/parse.js'
import { parseCrosswalk } from './crosswalk.js'
import { rebase } from './rebase.js'

const methodology = (version: string, codes: string[]) =>
  pointsMethodology(
    codes.map((code) => pointsLeaf(code, '10')),
    { id: 'demo', version, title: 'Demo' },
  )
const m2024 = methodology('2024.0.0', ['a', 'b', 'c', 'd', 'e', 'f'])
const m2025 = methodology('2025.0.0', ['a', 'b2', 'c1', 'c2', 'de', 'new'])
const crosswalk = {
  from: 'demo@2024.0.0',
  to: 'demo@2025.0.0',
  entries: [
    { from: 'b', to: 'b2' },
    {
      from: 'c',
      split: [
        { to: 'c1', share: '0.25' },
        { to: 'c2', share: '0.75' },
      ],
    },
    { merge: ['d', 'e'], to: 'de' },
    { retire: 'f', note: 'dropped in 2025' },
  ],
}

function errorOf(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

describe('rebase', () => {
  const dataset = {
    units: [{ code: 'X' }, { code: 'Y' }],
    observations: [
      { unit: 'X', node: 'a', value: '1', origin: { file: 'x.csv', row: 2, column: 'B' } },
      { unit: 'X', node: 'b', value: '2' },
      { unit: 'X', node: 'c', value: '8' },
      { unit: 'X', node: 'd', value: '1.5' },
      { unit: 'X', node: 'e', value: '2.25' },
      { unit: 'X', node: 'f', value: '3' },
      { unit: 'Y', node: 'c', value: 'NA' },
      { unit: 'Y', node: 'd', value: '4' },
    ],
  }

  it('recodes, splits by share, merges by sum, and reports what it cannot carry over', () => {
    const result = rebase(dataset, crosswalk, { from: m2024, to: m2025 })
    expect(result.dataset.observations).toEqual([
      { unit: 'X', node: 'a', field: 'value', value: '1', origin: { file: 'x.csv', row: 2, column: 'B' } },
      { unit: 'X', node: 'b2', field: 'value', value: '2' },
      { unit: 'X', node: 'c1', field: 'value', value: '2' },
      { unit: 'X', node: 'c2', field: 'value', value: '6' },
      { unit: 'X', node: 'de', field: 'value', value: '3.75' },
      { unit: 'Y', node: 'c1', field: 'value', value: 'NA' },
      { unit: 'Y', node: 'c2', field: 'value', value: 'NA' },
    ])
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'RETIRED',
        unit: 'X',
        node: 'f',
        value: '3',
        message: 'criterion f is retired (dropped in 2025)',
      }),
      expect.objectContaining({
        code: 'INCOMPLETE_MERGE',
        unit: 'Y',
        node: 'd',
        message: 'merging into de needs e too',
      }),
    ])
    expect(result.uncovered).toEqual(['new'])
  })

  it('keeps codes the crosswalk does not name, and reports those the new version lacks', () => {
    const result = rebase(
      {
        units: [{ code: 'X' }],
        observations: [
          { unit: 'X', node: 'gone', value: '1' },
          { unit: 'X', node: 'a', value: true },
        ],
      },
      { from: 'demo@2024.0.0', to: 'demo@2025.0.0' },
      { to: m2025 },
    )
    expect(result.dataset.observations).toEqual([{ unit: 'X', node: 'a', field: 'value', value: true }])
    expect(result.problems).toEqual([expect.objectContaining({ code: 'NOT_IN_TARGET', node: 'gone' })])
  })

  it('cannot split or merge yes/no answers', () => {
    const result = rebase(
      {
        units: [{ code: 'X' }],
        observations: [
          { unit: 'X', node: 'c', value: true },
          { unit: 'X', node: 'd', value: true },
          { unit: 'X', node: 'e', value: '1' },
        ],
      },
      crosswalk,
    )
    expect(result.dataset.observations).toEqual([])
    expect(result.problems.map((p) => [p.code, p.node])).toEqual([
      ['CANNOT_SPLIT', 'c'],
      ['CANNOT_MERGE', 'd'],
      ['CANNOT_MERGE', 'e'],
    ])
  })

  it('merges per field and source, and never adds a duplicate twice', () => {
    const result = rebase(
      {
        units: [{ code: 'X' }],
        observations: [
          { unit: 'X', node: 'd', field: 'done', value: '3' },
          { unit: 'X', node: 'e', field: 'done', value: '4' },
          { unit: 'X', node: 'd', field: 'total', value: '5' },
          { unit: 'X', node: 'e', field: 'total', value: '5' },
          { unit: 'X', node: 'e', field: 'total', value: '9' },
        ],
      },
      crosswalk,
    )
    expect(result.dataset.observations).toEqual([
      { unit: 'X', node: 'de', field: 'done', value: '7' },
      { unit: 'X', node: 'de', field: 'total', value: '10' },
    ])
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'CANNOT_MERGE', node: 'e', value: '9' }),
    ])
  })
})

describe('parseCrosswalk', () => {
  it('checks shares, reuse of codes, and the two versions', () => {
    const error = errorOf(() =>
      parseCrosswalk(
        {
          from: 'demo@2023.0.0',
          to: 'demo@2025.0.0',
          entries: [
            {
              from: 'c',
              split: [
                { to: 'c1', share: '0.5' },
                { to: 'c2', share: '0.4' },
              ],
            },
            { from: 'c', to: 'zz' },
            { from: 'b', to: 'c1' },
            { merge: ['d', 'e'], to: 'a' },
          ],
        },
        { from: parseMethodology(m2024), to: parseMethodology(m2025) },
      ),
    )
    expect(isChisoError(error) && error.code).toBe('INVALID_CROSSWALK')
    const messages = isChisoError(error)
      ? error.issues.map((i) => `${(i.path ?? []).join('.')}: ${i.message}`)
      : []
    expect(messages).toEqual([
      'entries.0.split: the shares add up to 0.9, not 1',
      'entries.1.from: old code "c" is already mapped by entries[0]',
      'entries.1.to: "zz" is not a leaf of demo@2025.0.0',
      'entries.2.to: new code "c1" is already produced by entries[0]',
      'from: the crosswalk starts from demo@2023.0.0, not demo@2024.0.0',
      'entries.3: new code "a" is produced here but old leaf "a" also keeps its code: map or retire old "a"',
    ])
  })

  it('reports a malformed entry with its path', () => {
    const error = errorOf(() => parseCrosswalk({ from: 'a@1.0.0', to: 'a@2.0.0', entries: [{ from: 'x' }] }))
    expect(isChisoError(error) && error.issues[0]?.path).toEqual(['entries', 0, 'to'])
  })
})

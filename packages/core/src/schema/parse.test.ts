import { describe, expect, it } from 'vitest'
import type { ChisoError } from '../errors/chiso-error.js'
import { parseDataset, parseMethodology, parseScorecard } from './parse.js'

function failure(fn: () => unknown): ChisoError {
  try {
    fn()
  } catch (error) {
    return error as ChisoError
  }
  throw new Error('expected a ChisoError')
}

describe('parseMethodology', () => {
  it('fills defaults and normalises decimals', () => {
    const methodology = parseMethodology({
      id: 'demo',
      version: '2022.1.0',
      title: 'Demo',
      result: { type: 'composite' },
      tree: [{ code: 'a', title: 'a', weight: '0.50', rule: { use: 'chiso/value' } }],
    })
    expect(methodology.result).toEqual({ type: 'composite', scale: '1' })
    expect(methodology.ranking).toEqual({
      method: 'competition',
      on: 'exact',
      tieBreakers: [],
      within: 'all',
    })
    expect(methodology.tree[0]!.weight).toBe('0.5')
    expect(methodology.status).toBe('official')
  })

  it.each([
    [{ version: 'one' }, 'version', 'semantic version'],
    [{ id: 'Bad Id' }, 'id', 'lower-case'],
    [{ tree: [] }, 'tree', ''],
    [{ extra: 1 }, '', 'extra'],
    [{ ranking: { method: 'best' } }, 'ranking.method', ''],
    [{ bands: [{ code: 'A', atLeast: 0.1 + 0.2 }] }, 'bands[0].atLeast', 'cannot be represented exactly'],
  ])('locates %j', (patch, path, text) => {
    const error = failure(() =>
      parseMethodology({
        id: 'demo',
        version: '1.0.0',
        title: 'Demo',
        result: { type: 'points' },
        tree: [{ code: '1', title: 'a', max: '1', rule: { use: 'chiso/points' } }],
        ...patch,
      }),
    )
    expect(error.code).toBe('INVALID_METHODOLOGY')
    expect(error.message).toContain(path)
    expect(error.message).toContain(text)
  })
})

describe('parseDataset', () => {
  it('defaults the field to "value" and accepts NA, booleans and null', () => {
    const dataset = parseDataset({
      units: [{ code: 'A' }],
      observations: [
        { unit: 'A', node: '1', value: 'NA' },
        { unit: 'A', node: '2', value: true },
        { unit: 'A', node: '3', value: null },
        { unit: 'A', node: '4', value: '1.50' },
      ],
    })
    expect(dataset.observations.map((o) => [o.field, o.value])).toEqual([
      ['value', 'NA'],
      ['value', true],
      ['value', null],
      ['value', '1.5'],
    ])
  })

  it('reports bad values and duplicate units with their paths', () => {
    const bad = failure(() =>
      parseDataset({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1', value: 'abc' }] }),
    )
    expect(bad.message).toContain('observations[0].value')
    const duplicate = failure(() => parseDataset({ units: [{ code: 'A' }, { code: 'A' }], observations: [] }))
    expect(duplicate.message).toContain('units[1].code: duplicate unit code "A"')
  })
})

describe('parseScorecard', () => {
  it('rejects a scorecard whose fingerprint is not a sha256', () => {
    const error = failure(() =>
      parseScorecard({
        methodology: { id: 'x', version: '1.0.0', fingerprint: 'md5:1' },
        units: [],
        diagnostics: [],
      }),
    )
    expect(error.code).toBe('INVALID_SCORECARD')
    expect(error.message).toContain('methodology.fingerprint')
  })
})

describe('parseDataset of a parsed dataset', () => {
  it('gives an equal dataset that reuses every observation instead of copying it', () => {
    const raw = { units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1', value: '2.50' }] }
    const once = parseDataset(raw)
    const twice = parseDataset(once)
    expect(twice).toEqual(once)
    expect(twice.observations[0]).toBe(once.observations[0])
    expect(once.observations[0]).not.toBe(raw.observations[0])
  })
})

import { createEngine, isChisoError } from '@chiso/core'
import { checkRuleConformance } from '@chiso/sdk/testing'
import { describe, expect, it } from 'vitest'
import { rankingTable } from '../src/demo.js'
import { acme, onTimeShare } from '../src/index.js'

const engine = createEngine({ plugins: [acme] })

/** Scores one unit on a one-leaf methodology (max 3) and returns the leaf's points and the diagnostics. */
function scoreOne(options: Record<string, unknown>, done: string, total: string) {
  const card = engine.score(
    {
      id: 'acme.test',
      version: '0.1.0',
      title: 'Test',
      plugins: ['acme'],
      result: { type: 'points' },
      tree: [{ code: '1', title: 'On time', max: '3', rule: { use: 'acme/on-time-share', with: options } }],
    },
    {
      units: [{ code: 'U' }],
      observations: [
        { unit: 'U', node: '1', field: 'done', value: done },
        { unit: 'U', node: '1', field: 'total', value: total },
      ],
    },
  )
  return {
    points: card.units[0]!.nodes['1']!.score,
    diagnostics: card.diagnostics.filter((d) => d.code !== 'NO_BAND').map((d) => `${d.severity} ${d.code}`),
  }
}

describe('acme/on-time-share', () => {
  it.each([
    ['no options, 95 %', {}, '190', '200', '2.85', []],
    ['no options, all on time', {}, '200', '200', '3', []],
    ['floor 0.5, 95 %', { floor: '0.5' }, '190', '200', '2.7', []],
    ['floor 0.5, exactly the floor', { floor: '0.5' }, '50', '100', '0', []],
    ['floor 0.5, below the floor', { floor: '0.5' }, '40', '100', '0', []],
    ['points 2 of max 3', { points: '2' }, '3', '4', '1.5', []],
    [
      'inexact quotient: 9/7 to 40 significant digits',
      { floor: '0.5' },
      '5',
      '7',
      '1.285714285714285714285714285714285714286',
      [],
    ],
    ['no dossiers → full points', {}, '0', '0', '3', ['info acme/no-dossiers']],
    ['no dossiers, whenNone zero', { whenNone: 'zero' }, '0', '0', '0', ['info acme/no-dossiers']],
    // The only criterion does not apply: no points, no maximum, and so no rank for the unit.
    [
      'no dossiers, whenNone not-applicable',
      { whenNone: 'not-applicable' },
      '0',
      '0',
      null,
      ['warning UNRANKED'],
    ],
    ['done above total → as done = total', {}, '12', '10', '3', ['warning INPUT_RANGE']],
    ['negative count → 0', {}, '-1', '10', '0', ['error INPUT_RANGE']],
  ])('%s', (_, options, done, total, points, diagnostics) => {
    expect(scoreOne(options, done, total)).toEqual({ points, diagnostics })
  })

  it.each([
    ['floor 1', { floor: '1' }, 'floor'],
    ['negative floor', { floor: '-0.1' }, 'floor'],
    ['points above the node max', { points: '4' }, 'points'],
    ['unknown option', { flor: '0.5' }, undefined],
    ['bad whenNone', { whenNone: 'na' }, 'whenNone'],
  ])('rejects %s with a located error', (_, options, key) => {
    let caught: unknown
    try {
      scoreOne(options, '1', '1')
    } catch (error) {
      caught = error
    }
    expect(isChisoError(caught)).toBe(true)
    expect((caught as { code: string }).code).toBe('INVALID_OPTIONS')
    expect((caught as { path: unknown[] }).path).toEqual(['tree', 0, 'rule', 'with', ...(key ? [key] : [])])
  })

  it.each([
    ['defaults', {}, '3'],
    ['floor and points', { floor: '0.8', points: '1.5' }, '2'],
    ['whenNone zero', { whenNone: 'zero' }, '0.5'],
  ])('conforms to the plugin contract (%s)', (_, options, max) => {
    const failures = checkRuleConformance(onTimeShare, {
      options,
      node: { max },
      namespace: 'acme',
      // Edge cases besides the random inputs: no dossiers, done above total, negative counts.
      examples: [
        { done: '0', total: '0' },
        { done: '11', total: '10' },
        { done: '-1', total: '5' },
        { done: '1', total: '3' },
      ],
    })
    expect(failures).toEqual([])
  })

  it('the demo ranks the four communes', () => {
    const lines = rankingTable()
    expect(lines.slice(1, 5).map((line) => line.split(/\s{2,}/)[1])).toEqual([
      'Xã An Bình',
      'Xã Bình Minh',
      'Xã Đông Hoà',
      'Xã Cát Tiên',
    ])
    expect(lines[3]).toContain('6 / 7')
  })
})

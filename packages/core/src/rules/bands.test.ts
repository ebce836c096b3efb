import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { inputFields, resolveOptions } from '../plugin/options.js'
import { bands } from './bands.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

function optionsError(raw: unknown, max: string | null = '2'): ChisoError {
  try {
    resolveOptions(bands, raw, testNode(max), [...WITH])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

const higher = {
  bands: [
    { atLeast: '90', points: '2' },
    { atLeast: '70', points: '1' },
  ],
}
const unordered = {
  bands: [
    { atLeast: '70', points: '1' },
    { atLeast: '90', points: '2' },
  ],
}
const lower = {
  bands: [
    { atMost: '0', points: '1' },
    { atMost: '2', points: '0.5' },
  ],
}
const share = {
  over: 'share',
  bands: [
    { atLeast: '0.95', points: '2' },
    { atLeast: '0.8', points: '1' },
  ],
}
const percent = {
  over: 'percent',
  bands: [
    { atLeast: '95', points: '2' },
    { atLeast: '50', points: '1' },
  ],
}

describe('chiso/bands', () => {
  it.each([
    ['value', higher, { value: { kind: 'decimal' } }],
    ['share', share, { done: { kind: 'decimal' }, total: { kind: 'decimal' } }],
    ['percent', percent, { done: { kind: 'decimal' }, total: { kind: 'decimal' } }],
  ])('inputs over %s', (_name, options, expected) => {
    expect(inputFields(bands, resolveOptions(bands, options, testNode('2'), [...WITH]))).toEqual(expected)
  })

  it.each([
    ['above the top band', higher, { value: '95' }, '2'],
    ['on a threshold', higher, { value: '90' }, '2'],
    ['just below a threshold', higher, { value: '89.99' }, '1'],
    ['on the lowest threshold', higher, { value: '70' }, '1'],
    ['below every band', higher, { value: '69.9999' }, '0'],
    ['negative value', higher, { value: '-5' }, '0'],
    ['bands in any order', unordered, { value: '95' }, '2'],
    ['bands in any order, middle', unordered, { value: '80' }, '1'],
    ['custom below', { ...higher, below: '0.5' }, { value: '10' }, '0.5'],
    ['atMost: best band', lower, { value: '0' }, '1'],
    ['atMost: between', lower, { value: '1' }, '0.5'],
    ['atMost: on a threshold', lower, { value: '2' }, '0.5'],
    ['atMost: above every band', lower, { value: '3' }, '0'],
    ['atMost: custom below', { ...lower, below: '0.25' }, { value: '3' }, '0.25'],
    ['share on a threshold', share, { done: '19', total: '20' }, '2'],
    ['share between', share, { done: '17', total: '20' }, '1'],
    ['share below', share, { done: '1', total: '3' }, '0'],
    ['share of everything', share, { done: '20', total: '20' }, '2'],
    ['percent on a threshold', percent, { done: '190', total: '200' }, '2'],
    ['percent exactly 50', percent, { done: '1', total: '2' }, '1'],
    ['percent just under 50', percent, { done: '49999', total: '100000' }, '0'],
  ])('%s', (_name, options, input, expected) => {
    const { result, reports } = runRule(bands, options, input, testNode('2'))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['total 0 → below', share, { done: '0', total: '0' }, '0', 'error'],
    ['total 0 → custom below', { ...share, below: '0.5' }, { done: '3', total: '0' }, '0.5', 'error'],
    ['negative done → below', share, { done: '-1', total: '20' }, '0', 'error'],
    ['negative total → below', percent, { done: '1', total: '-20' }, '0', 'error'],
    ['done > total → scored as a share of 1', share, { done: '25', total: '20' }, '2', 'warning'],
    [
      'done > total with atMost → worst band',
      { over: 'share', bands: [{ atMost: '0.1', points: '1' }] },
      { done: '3', total: '2' },
      '0',
      'warning',
    ],
  ])('%s (INPUT_RANGE)', (_name, options, input, expected, severity) => {
    const { result, reports } = runRule(bands, options, input, testNode('2'))
    expect(String(result)).toBe(expected)
    expect(reports.map((report) => [report.code, report.severity])).toEqual([['INPUT_RANGE', severity]])
  })

  it.each([
    [higher, ['0', '1', '2']],
    [lower, ['0', '0.5', '1']],
    [
      {
        bands: [
          { atLeast: '1', points: '1' },
          { atLeast: '2', points: '1.0' },
        ],
      },
      ['0', '1'],
    ],
    [{ ...higher, below: '1' }, ['1', '2']],
    [{ bands: [{ atMost: '3', points: '0' }], below: '0' }, ['0']],
  ])('outcomes of %j', (options, expected) => {
    expect(ruleOutcomes(bands, options, testNode('2'))).toEqual(expected)
  })

  it.each([
    ['no bands option', {}, ['bands']],
    ['empty bands', { bands: [] }, ['bands']],
    ['bands not a list', { bands: { atLeast: '1', points: '1' } }, ['bands']],
    ['band without threshold', { bands: [{ points: '1' }] }, ['bands', 0]],
    [
      'band with both thresholds',
      { bands: [{ atLeast: '1', atMost: '2', points: '1' }] },
      ['bands', 0, 'atMost'],
    ],
    [
      'mixing atMost into atLeast bands',
      {
        bands: [
          { atLeast: '90', points: '2' },
          { atMost: '10', points: '1' },
        ],
      },
      ['bands', 1, 'atMost'],
    ],
    [
      'mixing atLeast into atMost bands',
      {
        bands: [
          { atMost: '1', points: '1' },
          { atLeast: '2', points: '1' },
        ],
      },
      ['bands', 1, 'atLeast'],
    ],
    [
      'duplicate thresholds',
      {
        bands: [
          { atLeast: '90', points: '2' },
          { atLeast: '90.0', points: '1' },
        ],
      },
      ['bands', 1, 'atLeast'],
    ],
    [
      'points above the node max',
      {
        bands: [
          { atLeast: '90', points: '2' },
          { atLeast: '70', points: '3' },
        ],
      },
      ['bands', 1, 'points'],
    ],
    ['negative points', { bands: [{ atLeast: '90', points: '-1' }] }, ['bands', 0, 'points']],
    ['missing points', { bands: [{ atLeast: '90' }] }, ['bands', 0, 'points']],
    ['threshold not a decimal', { bands: [{ atLeast: '9o', points: '1' }] }, ['bands', 0, 'atLeast']],
    ['unknown key in a band', { bands: [{ atleast: '1', points: '1' }] }, ['bands', 0]],
    ['unknown over', { over: 'ratio', bands: [{ atLeast: '1', points: '1' }] }, ['over']],
    ['below above the node max', { ...higher, below: '3' }, ['below']],
    [
      'share threshold written as a percent',
      { over: 'share', bands: [{ atLeast: '90', points: '1' }] },
      ['bands', 0, 'atLeast'],
    ],
    [
      'negative share threshold',
      {
        over: 'share',
        bands: [
          { atLeast: '0.5', points: '1' },
          { atLeast: '-0.5', points: '0.5' },
        ],
      },
      ['bands', 1, 'atLeast'],
    ],
    [
      'percent threshold above 100',
      { over: 'percent', bands: [{ atMost: '120', points: '1' }] },
      ['bands', 0, 'atMost'],
    ],
  ])('%s → INVALID_OPTIONS at its path', (_name, options, path) => {
    const error = optionsError(options)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.issues[0]?.path).toEqual([...WITH, ...path])
  })

  it('locates points above the node max with a message', () => {
    const error = optionsError({
      bands: [
        { atLeast: '90', points: '2' },
        { atLeast: '70', points: '3' },
      ],
    })
    expect(error.issues).toEqual([
      { path: [...WITH, 'bands', 1, 'points'], message: 'points 3 exceed the node maximum 2' },
    ])
  })

  it('accepts any points when the node has no max', () => {
    const { result } = runRule(
      bands,
      { bands: [{ atLeast: '1', points: '30' }] },
      { value: '1' },
      testNode(null),
    )
    expect(String(result)).toBe('30')
  })
})

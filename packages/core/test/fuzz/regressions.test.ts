// Bugs the fuzz suites found in core, each pinned by the smallest input that showed it.
import { describe, expect, it } from 'vitest'
import { isChisoError, parseMethodology } from '../../src/index.js'

describe('fuzz regressions (core)', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'a plugin option holding %s is refused with its path (it made fingerprint throw a TypeError)',
    (bad) => {
      const methodology = {
        id: 'fuzz.regression',
        version: '1.0.0',
        title: 'Illustrative',
        status: 'illustrative',
        result: { type: 'composite' },
        tree: [
          {
            code: '1',
            title: 'One',
            rule: { use: 'chiso/value' },
            normalise: { use: 'chiso/min-max', with: { l: '0', u: '1', extra: { list: [1, bad] } } },
          },
        ],
      }
      let thrown: unknown
      try {
        parseMethodology(methodology)
      } catch (error) {
        thrown = error
      }
      expect(isChisoError(thrown)).toBe(true)
      expect(thrown).toMatchObject({
        code: 'INVALID_METHODOLOGY',
        path: ['tree', 0, 'normalise', 'with', 'extra', 'list', 1],
      })
    },
  )
})

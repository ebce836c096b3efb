import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { portableExp, portableLog } from '../../src/simulate/portable-math.js'

// The portable functions must be as good as the platform's (they replace Math.log and Math.exp where a
// seeded simulation must give the same draws on every engine): within a few ulp of them.
const close = (a: number, b: number) => Math.abs(a - b) <= 4 * Number.EPSILON * Math.max(1, Math.abs(b))

describe('portable logarithm and exponential', () => {
  test.prop([fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true })], propertyRuns(100))(
    'log agrees with Math.log to a few ulp',
    (x) => {
      expect(close(portableLog(x), Math.log(x))).toBe(true)
    },
  )

  test.prop([fc.double({ min: -700, max: 700, noNaN: true })], propertyRuns(100))(
    'exp agrees with Math.exp to a few ulp',
    (x) => {
      const want = Math.exp(x)
      expect(Math.abs(portableExp(x) - want) <= 4 * Number.EPSILON * want).toBe(true)
    },
  )

  it('handles the edges', () => {
    expect(portableLog(1)).toBe(0)
    expect(portableLog(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(portableLog(-1)).toBeNaN()
    expect(portableLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
    expect(close(portableLog(5e-324), Math.log(5e-324))).toBe(true)
    expect(portableExp(0)).toBe(1)
    expect(portableExp(1000)).toBe(Number.POSITIVE_INFINITY)
    expect(portableExp(-1000)).toBe(0)
  })
})

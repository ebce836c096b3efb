import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { minMax } from '../normalisers/min-max.js'
import { resolveOptions } from '../plugin/options.js'
import { DecimalCache } from './decimal-cache.js'
import { type MinMaxOptions, minMaxColumn } from './fast-min-max.js'

// Columns as the pipeline's stages leave them: values of 40 significant digits (denominated, imputed, treated)
// whose magnitudes differ by a few powers of ten, so that aligned to one unit their spread has 41–60 digits and
// the plugin rounds it to 40 before dividing; some short values, ties at the extremes, values of both signs.
const long = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{39}$/), fc.integer({ min: 30, max: 50 }))
  .map(([negative, digits, scale]) => dec(`${negative ? '-' : ''}${digits}e${-scale}`).toFixed())
const short = fc
  .tuple(fc.stringMatching(/^[1-9]\d{0,5}$/), fc.integer({ min: -2, max: 8 }))
  .map(([digits, scale]) => dec(`${digits}e${-scale}`).toFixed())
const column = fc
  .tuple(
    fc.array(
      fc.option(fc.oneof({ weight: 4, arbitrary: long }, { weight: 1, arbitrary: short }), { freq: 6 }),
      {
        minLength: 2,
        maxLength: 14,
      },
    ),
    fc.boolean(),
  )
  // Mostly of one sign, as data are: positives only unless asked otherwise.
  .map(([values, mixed]) =>
    mixed ? values : values.map((text) => (text === null ? null : dec(text).abs().toFixed())),
  )
  // A repeated extreme now and then (a winsorised column).
  .chain((values) =>
    fc.nat({ max: values.length - 1 }).map((at) => (values[at] === null ? values : [...values, values[at]!])),
  )
const upper = fc.constantFrom('100', '1', '10', '0.1', '1000')

test.prop([column, upper, fc.constantFrom<1 | -1>(1, -1)], propertyRuns(150))(
  'min-max over a spread of more than 40 digits gives the plugin’s values digit for digit',
  (values, u, direction) => {
    const node = testNode(null, direction)
    const { result } = runNormaliser(minMax, { l: '0', u }, values, node)
    const options = resolveOptions(minMax, { l: '0', u }, node, ['normalise']) as MinMaxOptions
    const cache = new DecimalCache()
    const fast = minMaxColumn(
      values.map((text) => (text === null ? null : cache.dec(text))),
      options,
      direction,
      cache,
    )
    const present = values.filter((text): text is string => text !== null).map((text) => dec(text))
    const distinct = new Set(present.map((x) => x.toFixed()))
    if (fast === undefined) {
      // Declined only without spread, or with magnitudes far apart (a spread of over 60 digits, or a value
      // whose leading digit lies over 40 places from the minimum's).
      const nonZero = present.filter((x) => !x.isZero())
      const farApart = nonZero.some((x) => nonZero.some((y) => Math.abs(x.e - y.e) > 19))
      expect(distinct.size <= 1 || farApart).toBe(true)
      return
    }
    expect(fast.map((out) => (out === null ? null : toDecimalString(out)))).toEqual(
      result.map((out) => (out === null ? null : toDecimalString(dec(out)))),
    )
  },
)

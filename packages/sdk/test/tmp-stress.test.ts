import { builtinPlugin } from '@chiso/core'
import { expect, it } from 'vitest'
import { checkAggregatorConformance, checkNormaliserConformance, checkRuleConformance } from '../src/testing/index.js'
const POSITIVE = { min: '0.01', max: '100', scale: 2 }
it.each([1, 2, 3])('stress %i', (seed) => {
  const n = (id: string) => builtinPlugin.normalisers!.find((x) => x.id === id)!
  const a = (id: string) => builtinPlugin.aggregators!.find((x) => x.id === id)!
  const out = [
    ...checkNormaliserConformance(n('chiso/z-score'), { samples: 3000, seed }),
    ...checkNormaliserConformance(n('chiso/z-score'), { samples: 2000, seed, values: { min: '-1000000', max: '1000000', scale: 5 } }),
    ...checkNormaliserConformance(n('chiso/min-max'), { samples: 3000, seed, options: { l: '1', u: '10' }, range: { min: '1', max: '10' } }),
    ...checkAggregatorConformance(a('chiso/geometric-mean'), { samples: 3000, seed, mean: true, values: POSITIVE }),
    ...checkAggregatorConformance(a('chiso/harmonic-mean'), { samples: 3000, seed, mean: true, values: POSITIVE }),
    ...checkAggregatorConformance(a('chiso/generalised-mean'), { samples: 3000, seed, mean: true, options: { p: '3' } }),
    ...checkAggregatorConformance(a('chiso/generalised-mean'), { samples: 3000, seed, mean: true, options: { p: '0.5' } }),
    ...checkAggregatorConformance(a('chiso/mean'), { samples: 3000, seed, mean: true, values: { min: '-1000', max: '1000', scale: 4 } }),
    ...builtinPlugin.rules!.filter((r) => r.id === 'chiso/survey').flatMap((r) => checkRuleConformance(r, { samples: 3000, seed, options: { mode: 'mean', scale: { min: '1', max: '7' } }, node: { max: '3' } })),
  ]
  expect(out).toEqual([])
})

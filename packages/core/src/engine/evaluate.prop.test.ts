import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  arbitraries,
  compositeMethodology,
  meansMethodology,
  pointsMethodology,
} from '../../test/engine-test-methodologies.js'
import { evaluateTreeReference } from '../../test/reference-evaluator.js'
import { parseDataset } from '../schema/parse.js'

// The optimised evaluation (columnar state, shared decimals, cached strings, power-of-ten indexes) against the
// straightforward evaluator it replaced: the same scorecard, byte for byte, on random data.
describe.each([
  ['points', pointsMethodology],
  ['composite with cohort normalisers', compositeMethodology],
  ['composite with other means', meansMethodology],
])('evaluating a %s methodology', (_label, methodology) => {
  const { compiled, dataset, tree } = arbitraries(methodology)

  test.prop([dataset, fc.boolean()], propertyRuns(100))(
    'gives exactly the reference evaluator’s scorecard',
    (data, trace) => {
      const parsed = parseDataset(data)
      const reference = evaluateTreeReference(compiled.methodology, tree, compiled.fingerprint, parsed, trace)
      expect(JSON.stringify(compiled.evaluate(parsed, { trace }))).toBe(JSON.stringify(reference))
    },
  )
})

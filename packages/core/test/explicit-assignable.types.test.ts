// An explicit methodology is still a methodology: it can be passed wherever one is expected (explain, render…).
import { describe, expectTypeOf, it } from 'vitest'
import type { ExplicitMethodology } from '../src/model/explicit-methodology.js'
import type { Methodology } from '../src/schema/methodology.js'

describe('ExplicitMethodology', () => {
  it('is assignable to Methodology', () => {
    expectTypeOf<ExplicitMethodology>().toExtend<Methodology>()
  })
})

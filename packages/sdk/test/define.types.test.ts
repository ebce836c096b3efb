// The SDK's define* helpers are core's, re-exported: the same functions with the same types, so the type tests
// of their inference (core/src/plugin/define.types.test.ts) cover plugin authors who import them from here.
import * as core from '@chiso/core'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as sdk from '../src/index.js'

describe('define* in @chiso/sdk', () => {
  it('are core’s helpers, with core’s types', () => {
    expect(sdk.defineRule).toBe(core.defineRule)
    expect(sdk.defineNormaliser).toBe(core.defineNormaliser)
    expect(sdk.defineAggregator).toBe(core.defineAggregator)
    expect(sdk.definePlugin).toBe(core.definePlugin)
    expectTypeOf(sdk.defineRule).toEqualTypeOf(core.defineRule)
    expectTypeOf(sdk.defineNormaliser).toEqualTypeOf(core.defineNormaliser)
    expectTypeOf(sdk.defineAggregator).toEqualTypeOf(core.defineAggregator)
    expectTypeOf(sdk.definePlugin).toEqualTypeOf(core.definePlugin)
  })
})

import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { lazySchema } from './lazy-schema.js'

describe('lazySchema', () => {
  it('builds the schema on its first use only, once', () => {
    let builds = 0
    const Later = lazySchema(() => {
      builds++
      return z.strictObject({ a: z.string() })
    })
    expect(builds).toBe(0)
    expect(Later.parse({ a: 'x' })).toEqual({ a: 'x' })
    expect(Later.safeParse({ a: 1 }).success).toBe(false)
    expect(builds).toBe(1)
  })

  it('parses, fails, composes and answers instanceof as the schema itself', () => {
    const build = () => z.strictObject({ n: z.string().min(2), k: z.enum(['a', 'b']).optional() })
    const direct = build()
    const Later = lazySchema(build)
    for (const input of [{ n: 'xy' }, { n: 'x', k: 'c' }, { n: 'xy', extra: 1 }, null, []]) {
      const [a, b] = [direct.safeParse(input), Later.safeParse(input)]
      expect(b.success).toBe(a.success)
      expect(b.error?.issues).toEqual(a.error?.issues)
    }
    expect(z.array(Later).safeParse([{ n: 'ab' }, { n: 'a' }]).error?.issues).toEqual(
      z.array(direct).safeParse([{ n: 'ab' }, { n: 'a' }]).error?.issues,
    )
    expect(Later.optional().parse(undefined)).toBeUndefined()
    expect(Later instanceof z.ZodObject).toBe(true)
    expect(Object.keys(Later.shape)).toEqual(['n', 'k'])
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { APPENDIX_REASON_SENTENCES, type AppendixReasonCode } from '../appendix/appendix-reason.js'
import { APPENDIX_REASON_MESSAGES } from './appendix-reasons.js'

// The values that choose between a sentence's forms (a points table's maximum or a weights table's weight);
// every other value is a sample `«name»`.
const VARIANTS: ReadonlyArray<Record<string, string>> = [{}, { kind: 'maximum' }, { kind: 'weight' }]

function sample(variant: Record<string, string>): Record<string, string> {
  return new Proxy(variant, {
    get: (target, key) =>
      typeof key !== 'string' ? undefined : (target[key] ?? (key === 'kind' ? undefined : `«${key}»`)),
  })
}

describe('APPENDIX_REASON_MESSAGES', () => {
  const codes = Object.keys(APPENDIX_REASON_SENTENCES) as AppendixReasonCode[]

  it('has a sentence in each language for every code the appendix reader gives', () => {
    expect(Object.keys(APPENDIX_REASON_MESSAGES.en).sort()).toEqual([...codes].sort())
    expect(Object.keys(APPENDIX_REASON_MESSAGES.vi).sort()).toEqual([...codes].sort())
  })

  it.each(codes)('%s: Vietnamese says the reader’s message otherwise, naming the same values', (code) => {
    for (const variant of VARIANTS) {
      const english = APPENDIX_REASON_MESSAGES.en[code](sample(variant))
      const vietnamese = APPENDIX_REASON_MESSAGES.vi[code](sample(variant))
      expect(vietnamese).not.toBe(english)
      for (const value of english.match(/«\w+»/g) ?? []) expect(vietnamese).toContain(value)
    }
  })

  it('is how the reader makes every rejection and note: none is written by hand', () => {
    const source = readFileSync(new URL('../appendix/read-appendix.ts', import.meta.url), 'utf8')
    // Notes go through `note(…)` and rejections through `reject(…, appendixReason(…))` (its type requires one).
    expect(source.match(/notes\.push\(/g)).toHaveLength(1)
    expect(source).toMatch(/notes\.push\(withAppendixReason\(/)
    expect(source).toMatch(/reject = \(row: number, column: number \| undefined, reason: AppendixReason/)
  })
})

import type { z } from 'zod'
import type { ErrorReason, ErrorReasonCode } from './error-reason.js'

/**
 * The text of a decimal schema's failure when the value is neither a string nor a number (`max: true`).
 * Kept here, with the schema reading it, so that the reason below recognises exactly that failure.
 */
export const DECIMAL_EXPECTED = 'expected a decimal string'

/**
 * The reason of one zod issue, when its message is one of the common ones: what type or option was expected
 * and what was given, the unknown keys, or a refinement that names its reason in its `params`
 * (`{ reason: 'decimal.expected', got: '"x"' }`). The values are read from the issue (zod's English message
 * is rebuilt from them word for word, which the CLI's table test checks); any other message has none.
 *
 * @example
 * ```ts
 * zodReason({ code: 'invalid_type', expected: 'string', path: ['a'], message: 'Invalid input: expected string, received number' })
 * // { code: 'schema.type', params: { expected: 'string', received: 'number' } }
 * ```
 */
export function zodReason(issue: z.core.$ZodIssue): ErrorReason | undefined {
  const message = issue.message
  switch (issue.code) {
    case 'custom': {
      const { reason, ...values } = (issue.params ?? {}) as Record<string, unknown>
      if (typeof reason !== 'string') return undefined
      return { code: reason as ErrorReasonCode, params: textsOf(values) }
    }
    case 'invalid_type': {
      const match = /^Invalid input: expected (\S+), received (\S+)$/.exec(message)
      return match ? { code: 'schema.type', params: { expected: match[1]!, received: match[2]! } } : undefined
    }
    case 'invalid_value': {
      const option = /^Invalid option: expected one of (.+)$/s.exec(message)
      return option ? { code: 'schema.option', params: { values: option[1]! } } : undefined
    }
    case 'unrecognized_keys': {
      const match = /^Unrecognized keys?: (.+)$/s.exec(message)
      return match
        ? { code: 'schema.unknown-keys', params: { keys: match[1]!, count: String(issue.keys.length) } }
        : undefined
    }
    case 'invalid_union': {
      if (message === DECIMAL_EXPECTED) return { code: 'decimal.expected-any', params: {} }
      if (message === 'Invalid input') return { code: 'schema.invalid', params: {} }
      const match = /^Invalid discriminator value\. Expected (.+)$/s.exec(message)
      const key = (issue as { discriminator?: unknown }).discriminator
      return match && typeof key === 'string'
        ? { code: 'schema.discriminator', params: { key, options: match[1]! } }
        : undefined
    }
    default:
      return undefined
  }
}

function textsOf(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]))
}

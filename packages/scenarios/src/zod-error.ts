// Turns a failed zod parse of a scenario file (costs, simulation spec) into one located ChisoError.
import { ChisoError, type ChisoIssue, type ErrorCode } from '@chiso/core'
import type { z } from 'zod'

/** Throws a ChisoError listing every zod issue with its path (`leaves["1.1"].perStep: …`). */
export function throwLocated(what: string, code: ErrorCode, error: z.ZodError): never {
  const issues: ChisoIssue[] = error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }))
  throw new ChisoError(code, `the ${what} is invalid: ${issues.length} problem(s)`, { issues })
}

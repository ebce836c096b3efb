import type { z } from 'zod'
import { ChisoError, type ChisoIssue, type JsonPath } from './chiso-error.js'
import type { ErrorCode } from './codes.js'
import { withErrorReason } from './error-reason.js'
import { zodReason } from './zod-reason.js'

/**
 * Turns zod issues into located {@link ChisoIssue}s, prefixing each path (e.g. with the node path of a rule's
 * `with` options). Union failures are reported by their most specific branch.
 */
export function zodIssuesToChisoIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: JsonPath = [],
): ChisoIssue[] {
  const out: ChisoIssue[] = []
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))]
    const key = path[path.length - 1]
    if (typeof key === 'string' && isMissing(issue)) {
      // "Invalid input" says nothing: a key that is not there at all is named as required.
      out.push(
        withErrorReason(
          { path, message: `the required key "${key}" is missing` },
          { code: 'schema.missing-key', params: { key } },
        ),
      )
      continue
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest (most nested issue), which is what the author meant.
      const branches = issue.errors.map((branch) => zodIssuesToChisoIssues(branch, path))
      const deepest = branches.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best))
      if (depth(deepest) > path.length) {
        out.push(...deepest)
        continue
      }
    }
    out.push(withErrorReason({ path, message: issue.message }, zodReason(issue)))
  }
  return out
}

/** A value absent where one is required: every branch of a union (or the one type) received undefined. */
function isMissing(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'invalid_type') return /received undefined$/.test(issue.message)
  if (issue.code === 'invalid_union' && issue.errors.length > 0)
    return issue.errors.every(
      (branch) => branch.length > 0 && branch.every((inner) => inner.path.length === 0 && isMissing(inner)),
    )
  return false
}

function depth(issues: ChisoIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path?.length ?? 0))
}

/** Throws a {@link ChisoError} with every issue of a failed zod parse, located. */
export function throwZodError(
  code: ErrorCode,
  what: string,
  error: z.ZodError,
  prefix: JsonPath = [],
): never {
  const issues = zodIssuesToChisoIssues(error.issues, prefix)
  throw new ChisoError(code, `${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, {
    issues,
    path: issues[0]?.path ?? prefix,
    cause: error,
  })
}

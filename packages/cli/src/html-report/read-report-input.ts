import { ChisoError, type ChisoIssue, type ErrorCode } from '@chiso/core'
import type { z } from 'zod'
import { type ReadDocument, readDocument } from '../io/read-document.js'

/**
 * A file the report reads besides the methodology and the data, validated: its parsed value and the
 * document, to locate later problems (a fingerprint that does not match, a unit that is not in the data).
 *
 * @example
 * ```ts
 * const { value, document } = readReportInput('plan.json', io.cwd, PlanFileSchema, 'INVALID_PLAN', 'a plan')
 * ```
 */
export interface ReportInput<T> {
  readonly value: T
  readonly document: ReadDocument
}

/**
 * Reads a YAML or JSON file written by another chiso command and validates it with a zod schema. Every
 * problem becomes one located issue of a `ChisoError` (exit 1): the code, the JSON path, the file,
 * and the line and column of that path.
 *
 * @example
 * ```ts
 * readReportInput('sim.json', io.cwd, SimulationFileSchema, 'INVALID_SIMULATION', 'a simulation (chiso simulate --json)')
 * // throws ChisoError: sim.json is not a simulation (chiso simulate --json)
 * //   issues: [{ code: 'INVALID_SIMULATION', path: ['units', 3, 'p5'], file: 'sim.json', row: 40, column: 13, … }]
 * ```
 */
export function readReportInput<Schema extends z.ZodType>(
  file: string,
  cwd: string,
  schema: Schema,
  code: ErrorCode,
  what: string,
): ReportInput<z.output<Schema>> {
  const document = readDocument(file, cwd)
  const parsed = schema.safeParse(document.value)
  if (!parsed.success) {
    throw new ChisoError(code, `${file} is not ${what}`, {
      issues: parsed.error.issues.map((issue) => locatedIssue(document, code, issue.path, issue.message)),
    })
  }
  return { value: parsed.data, document }
}

/**
 * One problem at a JSON path of a document, with the file, row and column.
 *
 * @example
 * ```ts
 * locatedIssue(document, 'FINGERPRINT_MISMATCH', ['methodology', 'fingerprint'], 'made under another methodology')
 * // { code: 'FINGERPRINT_MISMATCH', path: ['methodology', 'fingerprint'], file: 'plan.json', row: 5, column: 20, message: … }
 * ```
 */
export function locatedIssue(
  document: ReadDocument,
  code: ErrorCode,
  path: ReadonlyArray<PropertyKey>,
  message: string,
): ChisoIssue {
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol')
  return {
    code,
    path: keys,
    message,
    file: document.file,
    ...(document.locate(keys) ?? {}),
  }
}

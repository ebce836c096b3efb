/**
 * `@chiso/core/errors`: chiso's error class and codes alone, without the engine, its schemas or zod, for code
 * that only throws or recognises chiso errors and must start fast (a simulation's worker threads).
 * `ChisoError` here is the very class `@chiso/core` exports: `instanceof` holds across the two entry points.
 *
 * @packageDocumentation
 */

export type { ChisoErrorOptions, ChisoIssue, JsonPath } from './errors/chiso-error.js'
export { ChisoError, formatIssue, formatLocation, formatPath, isChisoError } from './errors/chiso-error.js'
export type { DiagnosticCode, ErrorCode } from './errors/codes.js'
export { DIAGNOSTIC_CODES, ERROR_CODES } from './errors/codes.js'

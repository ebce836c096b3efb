// What the service does with one request, independent of HTTP: a method, a path, a content type and the body
// in; a status and a JSON body out. Keeping it free of sockets makes every route testable as a function and
// lets create-server.ts stay a thin adapter (the same split a serverless handler would use).
import { readCsv } from '@chiso/adapters/csv'
import { readDatasetJson } from '@chiso/adapters/json'
import { type CompiledMethodology, formatPath, isChisoError, parseDataset } from '@chiso/core'
import { type WhatIfChanges, whatIf } from '@chiso/scenarios'

/** A request as the service sees it. */
export interface ServiceRequest {
  method: string
  /** The path and query, e.g. `/score?trace=1`. */
  url: string
  /** The media type without parameters, e.g. `text/csv`. */
  contentType: string
  body: Uint8Array
}

/** A response: a status and the exact JSON text to send. */
export interface ServiceResponse {
  status: number
  body: string
}

function json(status: number, value: unknown): ServiceResponse {
  return { status, body: `${JSON.stringify(value)}\n` }
}

/** A located error body: what went wrong, and where (JSON path, or file, row and column). */
function errorBody(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return json(status, { error: { code, message, ...details } })
}

/** Reads the request's dataset: CSV (wide or long) or the dataset JSON; rejected cells are a 400. */
function readDataset(request: ServiceRequest, compiled: CompiledMethodology): unknown {
  if (request.contentType === 'text/csv') {
    const leaves = new Set(compiled.leaves.map((leaf) => leaf.code))
    const { dataset, report } = readCsv(request.body, { file: 'request.csv', leaves })
    if (report.rejected.length > 0) throw new RejectedCells(report.rejected)
    return dataset
  }
  return readDatasetJson(request.body, { file: 'request.json' }).dataset
}

class RejectedCells extends Error {
  constructor(readonly rejected: ReadonlyArray<unknown>) {
    super(`${rejected.length} cell(s) could not be read`)
  }
}

const DATASET_TYPES = new Set(['text/csv', 'application/json'])

/**
 * Creates the request handler of a scoring service for one compiled methodology.
 *
 * Routes: `GET /` (which methodology, with its fingerprint), `POST /score` (a CSV or dataset JSON body → the
 * scorecard JSON, exactly `JSON.stringify(compiled.evaluate(dataset, { trace }))`; `?trace=1` keeps traces),
 * `POST /what-if` (`{ dataset, changes }` JSON → the what-if result). Bad input is a 400 whose body locates
 * the fault; a wrong method 405, an unknown path 404, an unsupported content type 415.
 *
 * @example
 * ```ts
 * const handle = createScoringService(loadMethodology('pci@2014'))
 * const response = handle({ method: 'POST', url: '/score', contentType: 'text/csv', body: csvBytes })
 * response.status // 200
 * ```
 */
export function createScoringService(
  compiled: CompiledMethodology,
  options: { log?: (error: unknown) => void } = {},
): (request: ServiceRequest) => ServiceResponse {
  const log = options.log ?? ((error: unknown) => console.error(error))
  const about = {
    methodology: {
      id: compiled.methodology.id,
      version: compiled.methodology.version,
      fingerprint: compiled.fingerprint,
    },
    routes: ['GET /', 'POST /score', 'POST /what-if'],
  }
  return (request) => {
    const { pathname, searchParams } = new URL(request.url, 'http://service.invalid')
    const routes: Record<string, string> = { '/': 'GET', '/score': 'POST', '/what-if': 'POST' }
    const method = routes[pathname]
    if (method === undefined) return errorBody(404, 'NOT_FOUND', `no route ${pathname}`)
    if (request.method !== method)
      return errorBody(405, 'METHOD_NOT_ALLOWED', `${pathname} takes ${method}, not ${request.method}`)
    if (pathname === '/') return json(200, about)
    const wanted = pathname === '/what-if' ? new Set(['application/json']) : DATASET_TYPES
    if (!wanted.has(request.contentType))
      return errorBody(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `send ${[...wanted].join(' or ')}, not "${request.contentType}"`,
      )
    try {
      if (pathname === '/score') {
        const trace = searchParams.get('trace') === '1'
        return json(200, compiled.evaluate(readDataset(request, compiled), { trace }))
      }
      // The changes are checked by whatIf itself (unknown units, nodes and weights are located errors).
      const input = JSON.parse(new TextDecoder().decode(request.body)) as {
        dataset?: unknown
        changes?: unknown
      }
      return json(200, whatIf(compiled, parseDataset(input.dataset), (input.changes ?? {}) as WhatIfChanges))
    } catch (error) {
      const response = errorResponse(error)
      if (response.status === 500) log(error)
      return response
    }
  }
}

/** Turns what the libraries throw into a located 400; anything else is a 500 without internals. */
function errorResponse(error: unknown): ServiceResponse {
  if (error instanceof RejectedCells)
    return errorBody(400, 'REJECTED_CELLS', error.message, { rejected: error.rejected })
  // One error class for everything the libraries refuse: a file that cannot be read at all (its issues
  // carry the row and column) and a dataset or change that does not validate (its issues carry a JSON path).
  if (isChisoError(error))
    return errorBody(400, error.code, error.message, {
      path: formatPath(error.path),
      issues: error.issues.map(({ path, ...issue }) => ({
        ...issue,
        ...(path === undefined ? {} : { path: formatPath(path) }),
      })),
      ...(error.hint ? { hint: error.hint } : {}),
    })
  if (error instanceof SyntaxError) return errorBody(400, 'INVALID_JSON', error.message)
  return errorBody(500, 'INTERNAL', 'the service failed; the error is in its log')
}

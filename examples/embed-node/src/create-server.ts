// The HTTP side, on node:http alone: read the body up to a limit, hand the request to the scoring service,
// write its answer. A body over the limit is refused with 413 as soon as it is known (from Content-Length, or
// while streaming), without reading the rest into memory.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { CompiledMethodology } from '@chiso/core'
import { createScoringService } from './scoring-service.js'

/** Options of {@link createScoringServer}. */
export interface ScoringServerOptions {
  /** The largest request body accepted, in bytes (default 10 MiB: a few thousand units × 100 criteria). */
  maxBodyBytes?: number
  /** Where to report a request that failed inside the service (default: console.error). */
  log?: (error: unknown) => void
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0')
    if (declared > limit) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

/**
 * Creates (does not start) an HTTP server scoring datasets with one compiled methodology; see
 * `createScoringService` for the routes. Call `listen(port)` on it; port 0 picks a free one.
 *
 * @example
 * ```ts
 * const server = createScoringServer(loadMethodology('pci@2014'), { maxBodyBytes: 1_000_000 })
 * server.listen(8080)
 * // curl --data-binary @pci-2021.csv -H 'content-type: text/csv' localhost:8080/score
 * ```
 */
export function createScoringServer(
  compiled: CompiledMethodology,
  options: ScoringServerOptions = {},
): Server {
  const limit = options.maxBodyBytes ?? 10 * 1024 * 1024
  const log = options.log ?? ((error: unknown) => console.error(error))
  const handle = createScoringService(compiled, { log })
  return createServer(async (request, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(body)
    }
    let body: Uint8Array
    try {
      body = await readBody(request, limit)
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error
      // Close the connection: the rest of the body is not read.
      response.setHeader('connection', 'close')
      send(
        413,
        `${JSON.stringify({ error: { code: 'BODY_TOO_LARGE', message: `the body is over ${limit} bytes` } })}\n`,
      )
      return
    }
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    const { status, body: answer } = handle({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      contentType,
      body,
    })
    send(status, answer)
  })
}

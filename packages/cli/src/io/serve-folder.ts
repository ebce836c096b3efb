import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, relative, resolve, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * A running local server of a folder: its address, a way to stop it, and a promise kept when it stops.
 *
 * @example
 * ```ts
 * const server = await serveFolder('dist', 0)
 * server.url // 'http://127.0.0.1:41234/'
 * await server.close()
 * ```
 */
export interface StaticServer {
  readonly url: string
  readonly port: number
  close(): Promise<void>
  readonly closed: Promise<void>
}

/**
 * Serves the files of one folder on 127.0.0.1 (never another interface): GET and HEAD only, no directory
 * listings, nothing outside the folder (`..`, encoded or not, is refused), `/` is index.html. Every response
 * says `no-store` and `nosniff`: the studio's scripts are the folder's, and nothing is cached between versions.
 *
 * @example
 * ```ts
 * const server = await serveFolder('packages/studio/dist', 4173)
 * ```
 */
export function serveFolder(folder: string, port: number): Promise<StaticServer> {
  const root = resolve(folder)
  const server = createServer((request, response) => {
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end()
      return
    }
    let path: string
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    } catch {
      response.writeHead(400, headers).end()
      return
    }
    const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path))
    const inside = relative(root, file)
    const type = TYPES[extname(file).toLowerCase()]
    if (
      inside.startsWith(`..${sep}`) ||
      inside === '..' ||
      path.includes('\0') ||
      type === undefined ||
      !isFile(file)
    ) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found\n')
      return
    }
    response.writeHead(200, { ...headers, 'content-type': type })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  const closed = new Promise<void>((resolveClosed) => server.once('close', () => resolveClosed()))
  return new Promise((resolveServer, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      const actual = (server.address() as AddressInfo).port
      resolveServer({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        closed,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.close(() => resolveClose())
            server.closeAllConnections()
          }),
      })
    })
  })
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

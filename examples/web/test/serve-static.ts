// A minimal static file server for a built page, on an ephemeral port of the loopback interface. Enough for
// the browser test: GET of files under one folder, index.html for `/`, nothing outside the folder.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** A running server: its base URL and how to stop it. */
export interface StaticServer {
  readonly url: string
  close(): Promise<void>
}

/**
 * Serves `folder` on 127.0.0.1 (a free port).
 *
 * @example
 * ```ts
 * const server = await serveStatic('/path/to/dist')
 * await page.goto(server.url)
 * await server.close()
 * ```
 */
export async function serveStatic(folder: string): Promise<StaticServer> {
  const root = normalize(folder + sep)
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

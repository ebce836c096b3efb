// `chiso studio`: serves a built studio folder on 127.0.0.1 and nothing outside it, prints its address, and
// says how to build the studio when the folder has none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { studioCommand } from '../src/commands/studio.js'
import { createStylist } from '../src/format/style.js'
import { type StaticServer, serveFolder } from '../src/io/serve-folder.js'
import { runCli } from './helpers.js'

let parent: string
let folder: string
let server: StaticServer

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'chiso-studio-serve-'))
  folder = join(parent, 'dist')
  mkdirSync(folder)
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>studio</title>')
  writeFileSync(join(folder, 'studio.js'), 'void 0')
  writeFileSync(join(parent, 'secret.txt'), 'not served')
  server = await serveFolder(folder, 0)
})

afterAll(async () => {
  await server?.close()
  rmSync(parent, { recursive: true, force: true })
})

function get(
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port: server.port, path, method }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }),
      )
    })
    call.on('error', reject)
    call.end()
  })
}

describe('chiso studio', () => {
  it('serves the folder’s files on 127.0.0.1, index.html at /', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
    const index = await get('/')
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' })
    expect(index.body).toContain('<title>studio</title>')
    expect(await get('/studio.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' })
  })

  it.each([
    ['/../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/..%2fsecret.txt'],
    ['/missing.js'],
    ['/'.concat('index.html%00.js')],
  ])('refuses %s', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('not served')
  })

  it('answers only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405)
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' })
  })

  it('prints the address in the chosen language', async () => {
    let stdout = ''
    const context = {
      io: {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: () => true },
        cwd: parent,
      },
      out: createStylist(false),
      err: createStylist(false),
    }
    const { code, server: running } = await studioCommand({ port: 0, dir: 'dist', lang: 'en' }, context)
    try {
      expect(code).toBe(0)
      expect(stdout).toMatch(/^chiso studio: http:\/\/127\.0\.0\.1:\d+\/ — open this address in a browser/)
    } finally {
      await running?.close()
    }
  })

  it('says how to build the studio when the folder has none', async () => {
    const result = await runCli(['studio', '--dir', 'no-such-folder', '--lang', 'vi'], { cwd: parent })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('không tìm thấy chiso studio đã dựng')
    expect(result.stderr).toContain('pnpm --filter @chiso/studio run build')
  })

  it('refuses a port out of range', async () => {
    const result = await runCli(['studio', '--port', '70000'], { cwd: parent })
    expect(result.code).toBe(2)
  })
})

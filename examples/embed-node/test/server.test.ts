// The service over real HTTP, on an ephemeral port: what it answers must be byte for byte what the library
// gives for the same input, and bad input must come back as a located 400, never a crash.

import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { readCsv } from '@chiso/adapters/csv'
import { whatIf } from '@chiso/scenarios'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScoringServer } from '../src/create-server.js'
import { loadMethodology } from '../src/load-methodology.js'

const EXAMPLES = fileURLToPath(new URL('../../', import.meta.url))
const DISTRICT = `${EXAMPLES}district-cchc/district.methodology.yaml`
const DISTRICT_CSV = readFileSync(`${EXAMPLES}district-cchc/districts-2023.synthetic.csv`)
const LINES = DISTRICT_CSV.toString('utf8').trim().split('\n')
const HEADER = LINES.find((line) => line.startsWith('unit,'))!
const ROWS = LINES.slice(LINES.indexOf(HEADER) + 1)
const LIMIT = 2_000_000

const compiled = loadMethodology(DISTRICT)
const logged: unknown[] = []
const server = createScoringServer(compiled, { maxBodyBytes: LIMIT, log: (error) => logged.push(error) })
let base = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function post(path: string, type: string, body: string | Uint8Array) {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body })
  return { status: response.status, text: await response.text() }
}

/** The library's own answer for a CSV, as the service must send it. */
function libraryScore(csv: Uint8Array | string, trace = false): string {
  const leaves = new Set(compiled.leaves.map((leaf) => leaf.code))
  const { dataset } = readCsv(csv, { file: 'request.csv', leaves })
  return `${JSON.stringify(compiled.evaluate(dataset, { trace }))}\n`
}

describe('the scoring service', () => {
  it('says which methodology it scores, with the fingerprint', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { methodology: unknown }).methodology).toEqual({
      id: 'cchc.district.illustrative',
      version: '0.1.0',
      fingerprint: compiled.fingerprint,
    })
  })

  it('scores a CSV exactly as the library does, byte for byte', async () => {
    const response = await post('/score', 'text/csv; charset=utf-8', DISTRICT_CSV)
    expect(response.status).toBe(200)
    expect(response.text).toBe(libraryScore(DISTRICT_CSV))
    expect(JSON.parse(response.text).units[0]).toMatchObject({ unit: 'vinh-loc', rank: 1 })
  })

  it('answers concurrent requests each with its own, identical result', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post('/score', 'text/csv', DISTRICT_CSV)),
    )
    expect(new Set(answers.map((answer) => answer.text))).toEqual(new Set([libraryScore(DISTRICT_CSV)]))
  })

  it('keeps the traces when asked', async () => {
    const response = await post('/score?trace=1', 'text/csv', DISTRICT_CSV)
    expect(response.text).toBe(libraryScore(DISTRICT_CSV, true))
  })

  it('scores the dataset JSON the same as the CSV it came from', async () => {
    const { dataset } = readCsv(DISTRICT_CSV, { file: 'request.csv' })
    const response = await post('/score', 'application/json', JSON.stringify(dataset))
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text).units).toEqual(JSON.parse(libraryScore(DISTRICT_CSV)).units)
  })

  test.prop([fc.subarray(ROWS, { minLength: 1 })], propertyRuns(15))(
    'any subset of units gets the library’s answer',
    async (rows) => {
      const csv = `${HEADER}\n${rows.join('\n')}\n`
      const response = await post('/score', 'text/csv', csv)
      expect(response.status).toBe(200)
      expect(response.text).toBe(libraryScore(csv))
    },
  )

  it('answers what-if as the library does', async () => {
    const { dataset } = readCsv(DISTRICT_CSV, { file: 'request.csv' })
    const changes = { observations: [{ unit: 'lang-chanh', node: '2.4.1', value: true }] }
    const response = await post('/what-if', 'application/json', JSON.stringify({ dataset, changes }))
    expect(response.status).toBe(200)
    expect(response.text).toBe(`${JSON.stringify(whatIf(compiled, dataset, changes))}\n`)
  })
})

describe('bad requests', () => {
  it('refuses a rejected cell with its row and column (400)', async () => {
    const csv = DISTRICT_CSV.toString('utf8').replace(/^(lang-chanh,[^,]*,[^,]*,)[^,]*/m, '$1chưa có')
    const response = await post('/score', 'text/csv', csv)
    expect(response.status).toBe(400)
    const { error } = JSON.parse(response.text)
    expect(error.code).toBe('REJECTED_CELLS')
    expect(error.rejected).toEqual([
      expect.objectContaining({ file: 'request.csv', column: 4, value: 'chưa có' }),
    ])
  })

  it('locates a dataset JSON fault by its JSON path (400)', async () => {
    const response = await post(
      '/score',
      'application/json',
      '{"units":[{"code":"a"}],"observations":[{"unit":"a"}]}',
    )
    expect(response.status).toBe(400)
    const { error } = JSON.parse(response.text)
    expect(error.issues[0].path).toMatch(/^observations\[0\]/)
  })

  it('refuses malformed JSON and a what-if on an unknown weight code (400)', async () => {
    expect((await post('/score', 'application/json', '{"units":')).status).toBe(400)
    const { dataset } = readCsv(DISTRICT_CSV, { file: 'request.csv' })
    const response = await post(
      '/what-if',
      'application/json',
      JSON.stringify({ dataset, changes: { weights: { 'no-such-node': '2' } } }),
    )
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text).error.message).toContain('no-such-node')
  })

  it('refuses a body over the limit (413), a wrong type (415), method (405) and path (404)', async () => {
    const tooLarge = await post('/score', 'text/csv', `${HEADER}\n${'x'.repeat(LIMIT)}`)
    expect(tooLarge.status).toBe(413)
    expect(JSON.parse(tooLarge.text).error.code).toBe('BODY_TOO_LARGE')
    expect((await post('/score', 'text/plain', DISTRICT_CSV)).status).toBe(415)
    expect((await fetch(`${base}/score`)).status).toBe(405)
    expect((await fetch(`${base}/nothing`)).status).toBe(404)
    expect(logged).toEqual([])
  })
})

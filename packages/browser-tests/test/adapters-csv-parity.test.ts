// A web app can read CSV files in the browser: @chiso/adapters/csv bundles for the browser platform (csv-parse's
// Node build needs the global Buffer; the package's `browser` import condition swaps in csv-parse's browser
// build) and reads every file exactly as Node does — plain files through the fast path, quoted, semicolon,
// UTF-16 and malformed ones through csv-parse.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser } from '../src/bundle.js'
import { launchChromium, type RunningBrowser } from '../src/chromium.js'
import { type CsvCase, read } from './adapters-csv-entry.js'

const repository = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))
const bytesOf = (text: string) => [...new TextEncoder().encode(text)]
const utf16le = (text: string) => [
  0xff,
  0xfe,
  ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
]
const leaves = ['1.1', '1.2', '2']

const cases: CsvCase[] = [
  {
    file: 'districts-2023.synthetic.csv',
    bytes: [...readFileSync(repository('examples/district-cchc/districts-2023.synthetic.csv'))],
  },
  {
    file: 'quoted.csv',
    bytes: bytesOf(
      'unit,name,1.1,1.2,2\nA,"Huyện Đông Sơn, Thanh Hóa","7,5",3,NA\nB,"Thị xã ""Nghi Sơn""",8,2.5,1\n',
    ),
    leaves,
  },
  { file: 'semicolon.csv', bytes: bytesOf('\ufeffunit;1.1;1.2;2\nA;7,5;3;95%\nB;8;2,5;KAD\n'), leaves },
  { file: 'utf16.csv', bytes: utf16le('unit\t1.1\t1.2\t2\r\nA\t7.5\t3\t1\r\nB\t8\t2.5\t0\r\n'), leaves },
  { file: 'unclosed.csv', bytes: bytesOf('unit,1.1\nA,"7.5\nB,8\n'), leaves },
]

let running: RunningBrowser
let bundle: string

beforeAll(async () => {
  bundle = await bundleForBrowser(
    fileURLToPath(new URL('./adapters-csv-entry.ts', import.meta.url)),
    'chisoCsv',
  )
  running = await launchChromium()
})

afterAll(async () => {
  await running?.close()
})

describe('@chiso/adapters/csv in Chromium', () => {
  it('bundles with csv-parse’s browser build, without any Node built-in', () => {
    expect(bundle).not.toMatch(/require\(["']node:/)
    // csv-parse's Node build would reach for the global Buffer when the module loads.
    expect(bundle).not.toMatch(/from ["']buffer["']/)
  })

  it('reads every file exactly as Node does', async () => {
    const page = await running.browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(
      (inputs) =>
        inputs.map((input) =>
          (globalThis as unknown as { chisoCsv: { read: typeof read } }).chisoCsv.read(input),
        ),
      cases,
    )
    expect(errors).toEqual([])
    const inNode = cases.map(read)
    for (const [index, expected] of inNode.entries())
      expect(inBrowser[index], cases[index]!.file).toBe(expected)
    // The cases do what they are there for: four files read, the malformed one refused with its place.
    const parsed = inNode.map((json) => JSON.parse(json) as { refused?: { code?: string; message: string } })
    expect(parsed.slice(0, 4).every((result) => result.refused === undefined)).toBe(true)
    expect(parsed[4]!.refused?.message).toMatch(/unclosed\.csv/)
  })
})

// Every output the CLI promises to be byte-identical for the same inputs is checked across a time gap: the
// same command run with the clock years (and a 2-second ZIP tick) apart writes the same bytes.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { atTwoTimes } from '@chiso/test-support'
import { describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DISTRICT = [
  'examples/district-cchc/district.methodology.yaml',
  'examples/district-cchc/districts-2023.synthetic.csv',
]

/** Runs `chiso …args` writing to a fresh `--out` file, at two clock readings, and returns both files' bytes. */
async function writtenAtTwoTimes(args: string[], file: string, cwd = FIXTURES): Promise<[Buffer, Buffer]> {
  return atTwoTimes(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-bytes-')), file)
    const result = await runCli([...args, '--out', out], { cwd })
    expect(result.code, result.stderr).toBe(0)
    return readFileSync(out)
  })
}

describe('byte-identical outputs, across a time gap', () => {
  it('chiso render --format xlsx', async () => {
    const [a, b] = await writtenAtTwoTimes(
      ['render', 'demo-2024.yaml', '--format', 'xlsx'],
      'phu-luc.xlsx',
      `${FIXTURES}versioning/`,
    )
    expect(a.length).toBeGreaterThan(1000)
    expect(a.equals(b)).toBe(true)
  })

  it.each(['xlsx', 'json', 'csv'])('chiso score --format %s', async (format) => {
    const [a, b] = await writtenAtTwoTimes(
      ['score', 'points.methodology.yaml', 'points.csv', '--format', format],
      `ket-qua.${format}`,
    )
    expect(a.length).toBeGreaterThan(100)
    expect(a.equals(b)).toBe(true)
  })

  it('chiso report (HTML)', async () => {
    const [a, b] = await writtenAtTwoTimes(['report', ...DISTRICT], 'report.html', ROOT)
    expect(a.toString('utf8')).toMatch(/^<!doctype html>/)
    expect(a.equals(b)).toBe(true)
  })

  it.each(['json', 'csv', 'long-csv', 'xlsx'])('chiso import --to %s', async (format) => {
    const extension = format === 'long-csv' ? 'csv' : format
    const [a, b] = await writtenAtTwoTimes(['import', 'points.csv', '--to', format], `du-lieu.${extension}`)
    expect(a.length).toBeGreaterThan(50)
    expect(a.equals(b)).toBe(true)
  })
})

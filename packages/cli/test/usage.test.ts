import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

describe('usage', () => {
  it('prints the version from package.json', async () => {
    const result = await runCli(['--version'])
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('prints help with examples and Vietnamese text intact', async () => {
    const main = await runCli(['--help'])
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('Chỉ số cải cách hành chính')
    expect(main.stdout).toContain('Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error.')
    const score = await runCli(['score', '--help'])
    expect(score.code).toBe(0)
    expect(score.stdout).toContain(
      '$ chiso score examples/district-cchc/district.methodology.yaml examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx',
    )
    expect(score.stdout).toContain('"không áp dụng" = not applicable')
    const validate = await runCli(['help', 'validate'])
    expect(validate.code).toBe(0)
    expect(validate.stdout).toContain(
      '$ chiso validate examples/district-cchc/district.methodology.yaml --json',
    )
  })

  it.each([
    [['score', 'points.methodology.yaml', 'points.csv', '--bogus'], "unknown option '--bogus'"],
    [['score', 'points.methodology.yaml'], "missing required argument 'data'"],
    [
      ['score', 'points.methodology.yaml', 'points.csv', '--format', 'pdf'],
      'Allowed choices are table, json, csv, xlsx',
    ],
    [['validate'], "missing required argument 'file'"],
    [['validate', 'a.yaml', 'b.yaml'], 'too many arguments'],
    [['scor'], 'Did you mean score?'],
    [[], 'Usage: chiso'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const result = await runCli(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
  })
})

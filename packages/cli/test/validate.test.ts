import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

// Files with syntax errors are written at test time: the linter would refuse them as fixtures.
const temp = mkdtempSync(join(tmpdir(), 'chiso-cli-validate-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))
writeFileSync(
  join(temp, 'syntax-error.methodology.yaml'),
  '# A YAML syntax error: the flow sequence on line 5 is never closed.\nid: test.syntax\nversion: 1.0.0\n' +
    "title: Lỗi cú pháp\ntree: [ { code: '1'\nresult:\n  type: points\n",
)
writeFileSync(
  join(temp, 'syntax-error.methodology.json'),
  '{\n  "id": "test.syntax",\n  "version": "1.0.0",\n  }\n',
)

describe('chiso validate', () => {
  it('accepts a valid YAML methodology (exit 0)', async () => {
    const result = await runCli(['validate', 'points.methodology.yaml'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^✓ points\.methodology\.yaml: valid methodology test\.points@1\.0\.0/)
    expect(result.stderr).toBe('')
  })

  it('accepts a valid JSON methodology', async () => {
    const result = await runCli(['validate', 'composite.methodology.json', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, errors: [] })
  })

  it('rejects an invalid methodology: exit 1, each error path first, with its line and column', async () => {
    const result = await runCli(['validate', 'invalid.methodology.yaml'])
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toBe(
      'tree[0].max: expected a decimal string, got "mười" (at invalid.methodology.yaml:10:10)',
    )
    expect(lines.at(-1)).toBe('✗ invalid.methodology.yaml: 1 error')
  })

  it('reports errors found when compiling (an unknown rule) with their code', async () => {
    const result = await runCli(['validate', 'unknown-rule.methodology.yaml', '--json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.valid).toBe(false)
    expect(report.errors[0]).toMatchObject({ path: 'tree[1].rule.use', code: 'UNKNOWN_PLUGIN_ITEM' })
    expect(report.errors[0].message).toContain('chiso/no-such-rule')
  })

  it('prints { valid, errors: [{ path, message, code }] } with --json', async () => {
    const result = await runCli(['validate', 'invalid.methodology.yaml', '--json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      errors: [
        {
          path: 'tree[0].max',
          message: 'expected a decimal string, got "mười"',
          code: 'INVALID_METHODOLOGY',
          file: 'invalid.methodology.yaml',
          line: 10,
          column: 10,
        },
      ],
    })
  })

  it('reports a YAML syntax error with its line and column (exit 1)', async () => {
    const result = await runCli(['validate', 'syntax-error.methodology.yaml'], { cwd: temp })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^syntax-error\.methodology\.yaml:6:1: invalid YAML: /)
  })

  it('reports a JSON syntax error with its line and column', async () => {
    const result = await runCli(['validate', 'syntax-error.methodology.json', '--json'], { cwd: temp })
    expect(result.code).toBe(1)
    const [error] = JSON.parse(result.stdout).errors
    expect(error).toMatchObject({ code: 'INVALID_SYNTAX', line: 4, column: 3 })
    expect(error.message).toMatch(/^invalid JSON: /)
  })

  it('refuses YAML tags that would run or construct something', async () => {
    const result = await runCli(['validate', 'tagged.methodology.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Unresolved tag')
  })

  it('refuses YAML documents that expand too many aliases', async () => {
    const result = await runCli(['validate', 'aliases.methodology.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/alias/i)
  })

  it('reports an unreadable file and an unsupported extension as invalid input', async () => {
    const missing = await runCli(['validate', 'nope.yaml'])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('nope.yaml: cannot read nope.yaml: no such file')
    const text = await runCli(['validate', 'notes.txt'])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('expected a .yaml, .yml or .json file')
  })

  it('validates a dataset with --kind dataset', async () => {
    const csv = await runCli(['validate', 'points-semicolon.csv', '--kind', 'dataset'])
    expect(csv.code).toBe(0)
    expect(csv.stdout).toContain('valid dataset (3 units, 9 observations)')
    const json = await runCli(['validate', 'points.dataset.json', '--kind', 'dataset'])
    expect(json.code).toBe(0)
    const bad = await runCli(['validate', 'points-bad-cell.csv', '--kind', 'dataset', '--json'])
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).errors[0]).toMatchObject({
      path: 'points-bad-cell.csv:3:4',
      code: 'INVALID_CELL',
      line: 3,
      column: 4,
    })
  })
})

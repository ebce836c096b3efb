import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from '../helpers.js'

// Methodology and data files are untrusted: each hostile file below must end in exit 1 with a located error
// (never a crash, exit 3, or memory exhausted).
const dir = mkdtempSync(join(tmpdir(), 'chiso-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
for (const fixture of ['points.methodology.yaml', 'points.csv'])
  copyFileSync(join(FIXTURES, fixture), join(dir, fixture))

/** A sparse file of `bytes` bytes: instant to make, and reading it would cost the full size in memory. */
function sparse(name: string, bytes: number, head = ''): string {
  const fd = openSync(join(dir, name), 'w')
  writeSync(fd, head)
  writeSync(fd, ' ', bytes - 1)
  closeSync(fd)
  return name
}

const MB = 1024 * 1024

describe('files too large are refused by their size, before they are read', () => {
  it.each([
    [
      'methodology YAML (default limit 16 MiB)',
      ['validate', sparse('big.methodology.yaml', 100 * MB, 'id: x\n')],
    ],
    [
      'methodology JSON given to score',
      ['score', sparse('big.methodology.json', 100 * MB, '{'), 'points.csv'],
    ],
    [
      'CSV data over --max-file-bytes',
      [
        'score',
        'points.methodology.yaml',
        sparse('big.csv', 100 * MB, 'unit,1.1\n'),
        '--max-file-bytes',
        '50000000',
      ],
    ],
    [
      'XLSX data over --max-file-bytes',
      [
        'score',
        'points.methodology.yaml',
        sparse('big.xlsx', 100 * MB, 'PK'),
        '--max-file-bytes',
        '50000000',
      ],
    ],
    [
      'JSON dataset over --max-file-bytes',
      [
        'score',
        'points.methodology.yaml',
        sparse('big.dataset.json', 100 * MB, '{'),
        '--max-file-bytes',
        '50000000',
      ],
    ],
    ['CSV data over the default 256 MiB', ['score', 'points.methodology.yaml', sparse('huge.csv', 300 * MB)]],
  ])('%s', async (_, args) => {
    const result = await runCli(args, { cwd: dir })
    expect(result.code).toBe(1)
    const output = result.stdout + result.stderr
    expect(output).toMatch(/\d+ bytes exceed the limit of \d+ bytes/)
    expect(output).toMatch(/raise the limit with --max-(file|methodology)-bytes/)
    expect(output).not.toContain('internal error')
  })

  it('--max-methodology-bytes raises (or lowers) the methodology limit', async () => {
    const lowered = await runCli(['validate', 'points.methodology.yaml', '--max-methodology-bytes', '100'], {
      cwd: dir,
    })
    expect(lowered.code).toBe(1)
    expect(lowered.stdout + lowered.stderr).toContain('--max-methodology-bytes')
    const fine = await runCli(['validate', 'points.methodology.yaml', '--max-methodology-bytes', '100000'], {
      cwd: dir,
    })
    expect(fine.code).toBe(0)
  })
})

describe('hostile YAML and JSON methodologies', () => {
  it('a YAML document nested 100 000 levels deep is an error with a location, not a crash', async () => {
    writeFileSync(join(dir, 'deep.methodology.yaml'), `id: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)
    const result = await runCli(['validate', 'deep.methodology.yaml'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).toMatch(/deep\.methodology\.yaml:1:\d+/)
    expect(result.stdout + result.stderr).not.toContain('internal error')
  })

  it('a JSON tree nested 10 000 levels deep is refused by --max-depth, located, and raising the limit is possible', async () => {
    // Written as text: JSON.stringify itself cannot nest this deep.
    const chain = (levels: number) => {
      const open = Array.from({ length: levels }, (_, i) => `{"code":"n${i}","title":"N","children":[`)
      return `${open.join('')}{"code":"leaf","title":"Leaf","max":"1","rule":{"use":"chiso/points"}}${']}'.repeat(levels)}`
    }
    const document = (levels: number) =>
      `{"id":"deep-tree","version":"1.0.0","title":"Deep tree (illustrative)","result":{"type":"points"},"tree":[${chain(levels)}]}`
    writeFileSync(join(dir, 'deep-tree.methodology.json'), document(10_000))
    const result = await runCli(['validate', 'deep-tree.methodology.json'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('33 tree levels exceed the limit maxDepth = 32')
    expect(result.stdout).toContain('--max-depth')
    expect(result.stdout).toMatch(/^tree\[0\](\.children\[0\]){32}: /)
    expect(result.stdout).toMatch(/deep-tree\.methodology\.json:1:\d+/)

    writeFileSync(join(dir, 'forty.methodology.json'), document(40))
    expect((await runCli(['validate', 'forty.methodology.json'], { cwd: dir })).code).toBe(1)
    const raised = await runCli(['validate', 'forty.methodology.json', '--max-depth', '41'], { cwd: dir })
    expect(raised.stdout).toContain('valid methodology deep-tree@1.0.0')
    expect(raised.code).toBe(0)
  })

  it('language tags (!!js/function) and unknown tags are errors, never code or silent strings', async () => {
    writeFileSync(
      join(dir, 'tags.methodology.yaml'),
      'id: !!js/function "function () { globalThis.pwned = true }"\nversion: !custom 1.0.0\n',
    )
    const result = await runCli(['validate', 'tags.methodology.yaml'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/tags\.methodology\.yaml:1:\d+: invalid YAML: Unresolved tag/)
    expect(result.stdout).toMatch(/tags\.methodology\.yaml:2:\d+: invalid YAML: Unresolved tag/)
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined()
  })

  it('an alias bomb is stopped', async () => {
    const result = await runCli(['validate', 'aliases.methodology.yaml'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/aliases\.methodology\.yaml:\d+:\d+: .*alias/i)
  })
})

describe('dataset and run limits', () => {
  it('--max-units refuses a dataset with more units, naming the limit', async () => {
    const result = await runCli(['score', 'points.methodology.yaml', 'points.csv', '--max-units', '1'], {
      cwd: dir,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('3 units exceed the limit maxUnits = 1 (default 1000000;')
    expect(result.stderr).toContain('--max-units')
    const fine = await runCli(['score', 'points.methodology.yaml', 'points.csv', '--max-units', '3'], {
      cwd: dir,
    })
    expect(fine.code).toBe(0)
  })

  it('--max-units holds for a dataset JSON checked on its own (validate --kind dataset)', async () => {
    const units = [{ code: 'a' }, { code: 'b' }, { code: 'c' }]
    writeFileSync(join(dir, 'three.dataset.json'), JSON.stringify({ units, observations: [] }))
    const args = ['validate', '--kind', 'dataset', 'three.dataset.json']
    const refused = await runCli([...args, '--max-units', '2'], { cwd: dir })
    expect(refused.code).toBe(1)
    expect(refused.stdout + refused.stderr).toContain('3 units exceed the limit maxUnits = 2')
    expect((await runCli([...args, '--max-units', '3'], { cwd: dir })).code).toBe(0)
  })

  it('--max-nodes and --max-observations are enforced', async () => {
    const nodes = await runCli(['validate', 'points.methodology.yaml', '--max-nodes', '3'], { cwd: dir })
    expect(nodes.code).toBe(1)
    expect(nodes.stdout).toMatch(
      /tree\[1\]: more than 3 nodes exceed the limit maxNodes = 3 .*points\.methodology\.yaml:\d+:\d+/,
    )
    const observations = await runCli(
      ['score', 'points.methodology.yaml', 'points.csv', '--max-observations', '5'],
      { cwd: dir },
    )
    expect(observations.code).toBe(1)
    expect(observations.stderr).toContain('9 observations exceed the limit maxObservations = 5')
  })

  it('--max-runs caps simulation runs and sensitivity samples before any work', async () => {
    const runs = await runCli(
      ['simulate', 'points.methodology.yaml', 'points.csv', '--runs', '1000001', '--seed', '1'],
      { cwd: dir },
    )
    expect(runs.code).toBe(1)
    expect(runs.stderr).toContain('--runs 1000001 exceeds the limit of 1000000')
    const lowered = await runCli(
      [
        'simulate',
        'points.methodology.yaml',
        'points.csv',
        '--runs',
        '20',
        '--seed',
        '1',
        '--max-runs',
        '10',
      ],
      { cwd: dir },
    )
    expect(lowered.code).toBe(1)
    expect(lowered.stderr).toContain('--max-runs')
  })

  it('a malformed limit is a usage error', async () => {
    const result = await runCli(['validate', 'points.methodology.yaml', '--max-depth', '0'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('expected a whole number ≥ 1')
  })
})

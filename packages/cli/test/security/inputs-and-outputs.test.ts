// Files a command reads and writes: only regular files are read, and no output may overwrite an input or be
// left half-written. Each case says what it must give.
import { execFileSync, spawn } from 'node:child_process'
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'chiso-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
for (const fixture of ['points.methodology.yaml', 'points.csv', 'points.dataset.json'])
  copyFileSync(join(FIXTURES, fixture), join(dir, fixture))
const methodology = readFileSync(join(dir, 'points.methodology.yaml'), 'utf8')
const data = readFileSync(join(dir, 'points.csv'), 'utf8')

/** The files of the directory, so a test can say nothing was added (no temporary file) or changed. */
function snapshot(folder = dir): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(folder).sort()) {
    const stats = lstatSync(join(folder, name))
    files[name] = stats.isFile() ? readFileSync(join(folder, name), 'utf8') : '(not a regular file)'
  }
  return files
}

describe('only regular files are read', () => {
  const special = mkdtempSync(join(tmpdir(), 'chiso-special-'))
  afterAll(() => rmSync(special, { recursive: true, force: true }))
  copyFileSync(join(FIXTURES, 'points.methodology.yaml'), join(special, 'points.methodology.yaml'))
  symlinkSync('/dev/zero', join(special, 'zero.csv'))
  symlinkSync('/dev/zero', join(special, 'zero.yaml'))
  mkdirSync(join(special, 'folder.csv'))
  mkdirSync(join(special, 'folder.yaml'))
  execFileSync('mkfifo', [join(special, 'pipe.csv')])
  execFileSync('mkfifo', [join(special, 'pipe.yaml')])

  it.each([
    [
      '/dev/zero as data',
      ['score', 'points.methodology.yaml', 'zero.csv'],
      'cannot read zero.csv: not a regular file (a device)',
    ],
    [
      '/dev/zero as a methodology',
      ['validate', 'zero.yaml'],
      'cannot read zero.yaml: not a regular file (a device)',
    ],
    [
      'a directory as data',
      ['score', 'points.methodology.yaml', 'folder.csv'],
      'not a regular file (a directory)',
    ],
    ['a directory as methodology', ['validate', 'folder.yaml'], 'not a regular file (a directory)'],
    // A FIFO with no writer: refused at once instead of waiting for one.
    [
      'a FIFO as data',
      ['score', 'points.methodology.yaml', 'pipe.csv'],
      'cannot read pipe.csv: not a regular file (a pipe (FIFO))',
    ],
    [
      'a FIFO as methodology',
      ['validate', 'pipe.yaml'],
      'cannot read pipe.yaml: not a regular file (a pipe (FIFO))',
    ],
  ])('%s: exit 1 with a located error', async (_case, args, why) => {
    const { code, stdout, stderr } = await runCli(args, { cwd: special })
    expect(code).toBe(1)
    expect(stdout + stderr).toContain(why)
  })
})

describe('no command overwrites one of its inputs', () => {
  it.each([
    [
      'score --out DATA',
      ['score', 'points.methodology.yaml', 'points.csv', '--format', 'csv', '--out', 'points.csv'],
    ],
    [
      'score --out METHODOLOGY',
      ['score', 'points.methodology.yaml', 'points.csv', '--out', 'points.methodology.yaml'],
    ],
    [
      'score --out through another path',
      ['score', 'points.methodology.yaml', 'points.csv', '--out', './sub/../points.csv'],
    ],
    [
      'score --out a symbolic link to the data',
      ['score', 'points.methodology.yaml', 'points.csv', '--out', 'link.csv'],
    ],
    [
      'score --out a hard link to the data',
      ['score', 'points.methodology.yaml', 'points.csv', '--out', 'hard.csv'],
    ],
    ['import --out its own source', ['import', 'points.csv', '--out', 'points.csv']],
    ['import --report its own source', ['import', 'points.csv', '--report', 'points.csv']],
    [
      'import --out and --report the same file',
      ['import', 'points.csv', '--out', 'same.json', '--report', 'same.json'],
    ],
    [
      'plan --out DATA',
      ['plan', 'points.methodology.yaml', 'points.csv', '--unit', 'DN', '--rise', '1', '--out', 'points.csv'],
    ],
    [
      'simulate --out METHODOLOGY',
      [
        'simulate',
        'points.methodology.yaml',
        'points.csv',
        '--runs',
        '5',
        '--seed',
        '1',
        '--out',
        'points.methodology.yaml',
      ],
    ],
    [
      'render --out METHODOLOGY',
      ['render', 'points.methodology.yaml', '--format', 'md', '--out', 'points.methodology.yaml'],
    ],
    [
      'diff --out OLD',
      ['diff', 'points.methodology.yaml', 'points.methodology.yaml', '--out', 'points.methodology.yaml'],
    ],
    ['report --out DATA', ['report', 'points.methodology.yaml', 'points.csv', '--out', 'points.csv']],
    [
      'score of a JSON dataset --out DATA',
      [
        'score',
        'points.methodology.yaml',
        'points.dataset.json',
        '--format',
        'json',
        '--out',
        'points.dataset.json',
      ],
    ],
  ])('%s: exit 1, the input untouched, no file left behind', async (_case, args) => {
    mkdirSync(join(dir, 'sub'), { recursive: true })
    rmSync(join(dir, 'link.csv'), { force: true })
    rmSync(join(dir, 'hard.csv'), { force: true })
    symlinkSync(join(dir, 'points.csv'), join(dir, 'link.csv'))
    linkSync(join(dir, 'points.csv'), join(dir, 'hard.csv'))
    const before = snapshot()
    const { code, stderr } = await runCli(args, { cwd: dir })
    expect(stderr).toMatch(
      /refusing to write .*: (it is (the same file as )?an input of this command|this command has already written it)/,
    )
    expect(code).toBe(1)
    const after = snapshot()
    // `import --out X --report X` writes X once (the report) before refusing the second write.
    if (args.includes('same.json')) delete after['same.json']
    expect(after).toEqual(before)
    expect(readFileSync(join(dir, 'points.csv'), 'utf8')).toBe(data)
    expect(readFileSync(join(dir, 'points.methodology.yaml'), 'utf8')).toBe(methodology)
  })

  it('report --plan FILE --out FILE: the plan is an input too', async () => {
    const plan = await runCli(
      [
        'plan',
        'points.methodology.yaml',
        'points.csv',
        '--unit',
        'DN',
        '--rise',
        '1',
        '--json',
        '--out',
        'plan.json',
      ],
      { cwd: dir },
    )
    expect(plan.code).toBe(0)
    const saved = readFileSync(join(dir, 'plan.json'), 'utf8')
    const { code, stderr } = await runCli(
      ['report', 'points.methodology.yaml', 'points.csv', '--plan', 'plan.json', '--out', 'plan.json'],
      { cwd: dir },
    )
    expect(stderr).toContain('refusing to write plan.json')
    expect(code).toBe(1)
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe(saved)
  })

  it('import coinr --out-data may not be one of its tables', async () => {
    const coinr = fileURLToPath(new URL('../../../test-support/fixtures/coinr-asem/', import.meta.url))
    copyFileSync(join(coinr, 'asem_iMeta.csv'), join(dir, 'iMeta.csv'))
    copyFileSync(join(coinr, 'asem_iData.csv'), join(dir, 'iData.csv'))
    const meta = readFileSync(join(dir, 'iMeta.csv'), 'utf8')
    const { code, stderr } = await runCli(
      [
        'import',
        'coinr',
        'iMeta.csv',
        'iData.csv',
        '--out-methodology',
        'asem.yaml',
        '--out-data',
        'iMeta.csv',
      ],
      { cwd: dir },
    )
    expect(stderr).toContain('refusing to write iMeta.csv')
    expect(code).toBe(1)
    expect(readFileSync(join(dir, 'iMeta.csv'), 'utf8')).toBe(meta)
  })
})

describe('an interrupted write leaves the target and the directory as they were', () => {
  const writer = fileURLToPath(new URL('../../src/io/write-output.ts', import.meta.url))
  /**
   * Runs, in a child process, a chunked --out write into `folder` that `stop`s half-way through. Asynchronous,
   * so the two cases (each in its own folder) run side by side.
   */
  function interruptedWrite(
    stop: string,
    folder: string,
  ): Promise<{ status: number | null; signal: NodeJS.Signals | null }> {
    const script = `
      import { writeOutputFileInChunks } from ${JSON.stringify(writer)}
      writeOutputFileInChunks('out.json', ${JSON.stringify(folder)}, (emit) => {
        for (let i = 0; i < 2000; i++) {
          emit('x'.repeat(1000))
          if (i === 1500) ${stop}
        }
      })`
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--conditions=chiso-source', '--import', 'tsx', '--input-type=module', '-e', script],
        { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: 'ignore' },
      )
      child.on('error', reject)
      child.on('close', (status, signal) => resolve({ status, signal }))
    })
  }
  const folderWithOldFile = () => {
    const folder = mkdtempSync(join(tmpdir(), 'chiso-interrupted-'))
    writeFileSync(join(folder, 'out.json'), 'old')
    return folder
  }
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  })
  const folders: string[] = []

  it.concurrent('process.exit during the write: the old file stays, no temporary file', async ({
    expect,
  }) => {
    const folder = folderWithOldFile()
    folders.push(folder)
    const before = snapshot(folder)
    const child = await interruptedWrite('process.exit(7)', folder)
    expect(child.status).toBe(7)
    expect(snapshot(folder)).toEqual(before)
  })

  it.concurrent('SIGTERM during the write: the signal waits for the write to end; no temporary file', async ({
    expect,
  }) => {
    const folder = folderWithOldFile()
    folders.push(folder)
    const child = await interruptedWrite("process.kill(process.pid, 'SIGTERM')", folder)
    // Killed by the signal once the write ended, or ended by itself first: never killed half-way.
    expect([child.signal, child.status]).toContainEqual(child.signal === 'SIGTERM' ? 'SIGTERM' : 0)
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // Atomic: the target is the old file or the whole new one, never a part.
    expect([3, 2_000_000]).toContain(readFileSync(join(folder, 'out.json')).byteLength)
  })
})

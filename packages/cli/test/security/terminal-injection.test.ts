// Names and codes from data files reach the terminal: escape sequences (clear screen, cursor moves, window
// title), C1 controls, bidirectional overrides and line breaks must be shown written out, never acted on.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { terminalSafe } from '../../src/format/terminal-safe.js'
import { type CliIO, run } from '../../src/index.js'
import { FIXTURES, runCli } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'chiso-terminal-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
copyFileSync(join(FIXTURES, 'points.methodology.yaml'), join(dir, 'points.methodology.yaml'))
// Clear screen + home, a window title (OSC … BEL), a one-character CSI (U+009B), a right-to-left override, and
// a quoted line break followed by a fake ranking row.
writeFileSync(
  join(dir, 'hostile.csv'),
  [
    'unit,name,1.1,1.2,2',
    'HN,"Hà Nội\u001b[2J\u001b[H",4,5.5,4.75',
    'HUE,"Huế\u001b]0;pwned\u0007\u009b31m",3.5,6,5',
    'DN,"Đà Nẵng\n1   FAKE   100.00",2,1,KAD',
    'QN,"\u202eQuảng Ninh",1,1,1',
  ].join('\n'),
)

/** No character a terminal would act on, except chiso's own line breaks and colour codes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
const ACTED_ON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('terminal-safe output', () => {
  it('shows escape sequences and line breaks of names written out in the ranking table', async () => {
    const { code, stdout } = await runCli(['score', 'points.methodology.yaml', 'hostile.csv'], { cwd: dir })
    expect(code).toBe(0)
    expect(stdout).not.toMatch(ACTED_ON)
    expect(stdout).toContain('Hà Nội\\u001b[2J\\u001b[H')
    expect(stdout).toContain('Huế\\u001b]0;pwned\\u0007\\u009b31m')
    expect(stdout).toContain('\\u202eQuảng Ninh')
    // The line break is shown inside its cell: no line of the table starts with the fake row.
    expect(stdout).toContain('Đà Nẵng\\n1   FAKE   100.00')
    expect(stdout.split('\n').some((line) => line.trimStart().startsWith('1   FAKE'))).toBe(false)
  })

  it('writes messages on stderr through the same printer', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'unit,1.1\n"X\u001b[2J",abc\u001b]0;t\u0007\n')
    const { code, stderr } = await runCli(['score', 'points.methodology.yaml', 'bad.csv'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).not.toMatch(ACTED_ON)
    expect(stderr).toContain('\\u001b')
  })

  it('guards stdout when it is a terminal, even for JSON (C1 controls and bidi overrides are valid JSON)', async () => {
    let stdout = ''
    const io: CliIO = {
      stdout: { write: (text: string) => (stdout += text), isTTY: true },
      stderr: { write: () => true },
      cwd: dir,
      color: false,
    }
    expect(await run(['score', 'points.methodology.yaml', 'hostile.csv', '--format', 'json'], io)).toBe(0)
    expect(stdout).not.toMatch(ACTED_ON)
    expect(stdout).toContain('\\u009b31m')
  })

  it('keeps its own colour codes on a terminal', async () => {
    let stdout = ''
    const io: CliIO = {
      stdout: { write: (t: string) => (stdout += t), isTTY: true },
      stderr: { write: () => true },
      cwd: dir,
      color: true,
    }
    await run(['score', 'points.methodology.yaml', 'hostile.csv'], io)
    expect(stdout).toContain('\u001b[1m')
    expect(stdout).not.toContain('\u001b[2J')
  })

  it.each([
    ['Hà Nội', 'Hà Nội'],
    ['a\tb', 'a\\tb'],
    ['\u0000', '\\u0000'],
    ['\u2066x\u2069', '\\u2066x\\u2069'],
    ['line\u2028break', 'line\\u2028break'],
  ])('terminalSafe(%j) is %j', (text, shown) => {
    expect(terminalSafe(text)).toBe(shown)
  })
})

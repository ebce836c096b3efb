// The guides' `chiso report` commands must keep working: the sh blocks of the report section of
// docs/cli.md (but its Word report, see below) and the report step of docs/getting-started.md are run in a
// temporary folder (example paths resolved from the repository root), and the reports they write are checked.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseHTML } from 'linkedom'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The `chiso …` command lines of the sh blocks between a heading and the next heading of its level. */
function commands(guide: string, heading: RegExp): string[][] {
  const text = readFileSync(join(ROOT, 'docs', guide), 'utf8')
  const start = text.search(heading)
  if (start < 0) throw new Error(`docs/${guide} has no heading like ${heading}`)
  const level = /^#+/.exec(text.slice(start))![0]
  const rest = text.slice(start + level.length)
  const end = rest.search(new RegExp(`\\n${level} `))
  const section = end < 0 ? rest : rest.slice(0, end)
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap(([, body]) => body!.split('\n'))
    .filter((line) => line.startsWith('chiso '))
    .map((line) => line.split(' ').slice(1))
}

describe('the guides’ chiso report commands', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-report-docs-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))
  const run = async (args: string[]) => {
    const resolved = args.map((arg) => (arg.startsWith('examples/') ? join(ROOT, arg) : arg))
    const result = await runCli(resolved, { cwd: temp })
    expect(result.stderr).toMatch(/wrote /)
    expect(result.code).toBe(0)
  }

  it('docs/cli.md: plan, simulate, then a report with both', async () => {
    const lines = commands('cli.md', /^## `chiso report /m)
    expect(lines.map((line) => line[0])).toEqual(['plan', 'simulate', 'report', 'report'])
    // The last line writes the same report as a Word document: the guides' test (repo-tests) runs that line with
    // the built CLI, and report-docx.test.ts reads a Word report with a plan and a simulation back, section by
    // section; rendering it here too (its charts rasterised) only repeated them.
    expect(lines[3]).toContain('bao-cao.docx')
    for (const line of lines.slice(0, 3)) await run(line)
    const document = parseHTML(readFileSync(join(temp, 'district-report.html'), 'utf8')).document
    expect(document.querySelectorAll('table.ranking tbody tr')).toHaveLength(27)
    expect(document.querySelector('#plan')).not.toBeNull()
    expect(document.querySelector('#simulation')).not.toBeNull()
  }, 180_000) // a 1000-run simulation and a report

  it('docs/getting-started.md: the report step', async () => {
    // The plan's section ends with the report of a ranking alone (the PCI example's).
    const lines = commands('getting-started.md', /^## \d+\. Plan a rise, and report it/m).filter((line) =>
      line.includes('pci-2021-report.html'),
    )
    expect(lines).toHaveLength(1)
    await run(lines[0]!)
    expect(existsSync(join(temp, 'pci-2021-report.html'))).toBe(true)
    const document = parseHTML(readFileSync(join(temp, 'pci-2021-report.html'), 'utf8')).document
    expect(document.querySelector('html')!.getAttribute('lang')).toBe('en')
    expect(document.querySelectorAll('table.ranking tbody tr')).toHaveLength(21)
  })
})

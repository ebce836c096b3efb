// The getting-started guide must keep working: its methodology and CSV blocks are extracted from
// docs/getting-started.md, written to a temporary folder and run through the CLI, and the result the guide
// promises (unit a: 15.5 of 16 points, 96.88 %, band A, first) is checked.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const guide = readFileSync(
  fileURLToPath(new URL('../../../docs/getting-started.md', import.meta.url)),
  'utf8',
)

function block(language: string, firstLine: RegExp): string {
  const blocks = [...guide.matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)].filter(([, lang]) => lang === language)
  const found = blocks.map(([, , body]) => body!).find((body) => firstLine.test(body))
  if (found === undefined)
    throw new Error(`docs/getting-started.md has no ${language} block starting like ${firstLine}`)
  return found
}

describe('docs/getting-started.md', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chiso-guide-'))
  writeFileSync(join(folder, 'demo.methodology.yaml'), block('yaml', /^# demo\.methodology\.yaml/))
  writeFileSync(join(folder, 'demo.csv'), block('csv', /^unit,name,/))

  it('validates the methodology of the guide', async () => {
    const result = await runCli(['validate', 'demo.methodology.yaml'], { cwd: folder })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('scores the guide data as the guide says', async () => {
    const result = await runCli(['score', 'demo.methodology.yaml', 'demo.csv', '--format', 'json'], {
      cwd: folder,
    })
    expect(result.code).toBe(0)
    const card = JSON.parse(result.stdout) as {
      units: Array<{
        unit: string
        score: string
        max: string
        indexDisplay: string
        band: string | null
        rank: number
      }>
    }
    expect(card.units.map((u) => [u.unit, u.score, u.max, u.indexDisplay, u.band, u.rank])).toEqual([
      ['a', '15.5', '16', '96.88', 'A', 1],
      ['b', '17', '20', '85.00', 'B', 2],
      ['c', '14', '20', '70.00', null, 3],
    ])
  })
})

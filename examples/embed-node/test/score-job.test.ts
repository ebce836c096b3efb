// The job script scores each file with the same service the HTTP server uses, writes the scorecard beside it,
// and reports a file it cannot score instead of stopping.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readCsv } from '@chiso/adapters/csv'
import { describe, expect, it, onTestFinished } from 'vitest'
import { loadMethodology } from '../src/load-methodology.js'
import { scoreFiles } from '../src/score-job.js'

const PCI_CSV = fileURLToPath(new URL('../../pci-2021/pci-2021.csv', import.meta.url))

describe('scoreFiles', () => {
  it('writes each scorecard as the library gives it, and reports a bad file with its location', () => {
    const folder = mkdtempSync(join(tmpdir(), 'chiso-job-'))
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }))
    copyFileSync(PCI_CSV, join(folder, 'pci-2021.csv'))
    writeFileSync(join(folder, 'broken.csv'), 'unit,name,entry_costs\nx,X,bảy\n')
    const { lines, failed } = scoreFiles('pci@2014', [
      join(folder, 'pci-2021.csv'),
      join(folder, 'broken.csv'),
    ])
    expect(failed).toBe(1)
    expect(lines[0]).toMatch(/pci-2021\.scorecard\.json \(21 units\)$/)
    expect(lines[1]).toMatch(/broken\.csv:2:3: /)
    const compiled = loadMethodology('pci@2014')
    const leaves = new Set(compiled.leaves.map((leaf) => leaf.code))
    const { dataset } = readCsv(readFileSync(PCI_CSV), { file: 'request.csv', leaves })
    expect(readFileSync(join(folder, 'pci-2021.scorecard.json'), 'utf8')).toBe(
      `${JSON.stringify(compiled.evaluate(dataset, { trace: false }))}\n`,
    )
  })
})

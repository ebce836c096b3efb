// The build-time dataset import: a CSV becomes the dataset @chiso/adapters reads, origins name the file by its
// base name only, and a rejected cell fails the build with its place instead of shrinking the data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { chisoDataset, readDatasetFile } from '../build/dataset-plugin.js'
import { districtFile } from './district-example.js'

const folder = mkdtempSync(join(tmpdir(), 'chiso-web-dataset-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the ?dataset import', () => {
  it('reads the district CSV: 27 units, every origin naming only the file', () => {
    const dataset = readDatasetFile(districtFile('districts-2023.synthetic.csv'))
    expect(dataset.units).toHaveLength(27)
    expect(dataset.observations.length).toBeGreaterThan(2900)
    const files = new Set(dataset.observations.map((observation) => observation.origin?.file))
    expect([...files]).toEqual(['districts-2023.synthetic.csv'])
  })

  it('fails on a rejected cell, naming its row and column', () => {
    const path = join(folder, 'bad.csv')
    writeFileSync(path, 'unit,name,1.1\nA,Alpha,7.5\nB,Beta,abc\n')
    expect(() => readDatasetFile(path)).toThrow(/^bad\.csv: row 3, column 3: .*unit "B"/)
  })

  it('turns only *.csv?dataset into a module, exporting the dataset through JSON.parse', () => {
    const path = join(folder, 'good.csv')
    writeFileSync(path, 'unit,name,1.1\nA,Alpha,"7,5"\n')
    const plugin = chisoDataset()
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => unknown
    const watched: string[] = []
    const context = { addWatchFile: (file: string) => watched.push(file) }
    expect(load.call(context, path)).toBeNull()
    const module = load.call(context, `${path}?dataset`) as { code: string }
    expect(watched).toEqual([path])
    const json = /^export default JSON\.parse\((".*")\)$/.exec(module.code)?.[1]
    expect(JSON.parse(JSON.parse(json!))).toEqual(readDatasetFile(path))
    expect(readDatasetFile(path).observations[0]?.value).toBe('7.5')
  })
})

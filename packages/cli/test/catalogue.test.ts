import { catalogue } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { CATALOGUE_COMMAND_MESSAGES } from '../src/messages/catalogue-command.js'
import { runCli } from './helpers.js'

describe('chiso catalogue', () => {
  it('lists every catalogue version with its status, basis and fingerprint, in Vietnamese with --lang vi', async () => {
    const result = await runCli(['catalogue', '--lang', 'vi'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('Danh mục bộ chỉ số của chiso: 3 phiên bản')
    for (const entry of catalogue.list()) {
      expect(result.stdout).toContain(entry.reference)
      expect(result.stdout).toContain(entry.fingerprint)
      for (const document of entry.basis) expect(result.stdout).toContain(`Căn cứ: ${document}`)
    }
    expect(result.stdout).toContain('Dùng: chiso score pci@2014 DỮ-LIỆU.csv')
    expect(result.stdout).not.toMatch(/\bStatus\b|\bBasis\b/)
  })

  it('--json --lang en prints one object per version, titles in English', async () => {
    const result = await runCli(['catalogue', '--json', '--lang', 'en'])
    expect(result.code).toBe(0)
    const listing = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(listing.map((entry) => entry.reference)).toEqual(catalogue.list().map((entry) => entry.reference))
    expect(listing.find((entry) => entry.id === 'pci')).toMatchObject({
      version: '2014.0.0',
      title: 'Provincial Competitiveness Index (PCI)',
      status: 'official',
      coverage: 'components',
    })
    const par = listing.find((entry) => entry.id === 'par-index.province') as { basis: unknown[] }
    expect(par.basis[0]).toMatchObject({ document: '876/QĐ-BNV', date: '2022-11-10' })
  })

  it('refuses an unknown --lang as a usage error', async () => {
    expect((await runCli(['catalogue', '--lang', 'fr'])).code).toBe(2)
  })

  it('has the same message keys in both languages', () => {
    expect(Object.keys(CATALOGUE_COMMAND_MESSAGES.vi).sort()).toEqual(
      Object.keys(CATALOGUE_COMMAND_MESSAGES.en).sort(),
    )
  })
})

describe('a catalogue id written loosely', () => {
  it.each([
    [['score', 'PCI@2014', 'points.csv'], 'pci@2014'],
    [['score', 'pci', 'points.csv'], 'pci@2014'],
    [['explain', 'Pci', 'points.csv', '--unit', 'a'], 'pci@2014'],
    [['fingerprint', 'par-index'], 'par-index.province@2022'],
    [['render', 'PAR-INDEX.province@2022.0.0'], 'par-index.province@2022.0.0'],
  ])('%j gets "did you mean %s?" and exit 1', async (args, suggestion) => {
    const result = await runCli(args)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`did you mean ${suggestion}? (see: chiso catalogue)`)
    expect(result.stderr).not.toContain('expected a .yaml')
  })

  it('a name like no catalogue id keeps the file error', async () => {
    const result = await runCli(['fingerprint', 'nothing-like-it'])
    expect(result.code).toBe(1)
    expect(result.stderr).not.toContain('did you mean')
  })
})

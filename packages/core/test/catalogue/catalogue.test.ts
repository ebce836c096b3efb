import { describe, expect, it } from 'vitest'
import {
  catalogue,
  createCatalogue,
  createEngine,
  isCatalogueReference,
  isChisoError,
  resolveMethodology,
} from '../../src/index.js'

function errorOf(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

describe('the catalogue', () => {
  it('lists the real methodologies, each with its legal basis and sources', () => {
    const entries = catalogue.list()
    expect(entries.map((entry) => entry.reference)).toEqual([
      'par-index.province@2022.0.0',
      'pci@2014.0.0',
      'service-index.766@2022.0.0',
    ])
    for (const entry of entries) {
      const m = resolveMethodology(entry.reference)
      expect(m.status, entry.reference).toBe('official')
      expect(m.basis.length, entry.reference).toBeGreaterThan(0)
      expect(
        m.basis.every((basis) => basis.source?.startsWith('https://')),
        entry.reference,
      ).toBe(true)
    }
  })

  it('keeps the illustrative district methodology out', () => {
    expect(catalogue.list().some((entry) => entry.id.includes('illustrative'))).toBe(false)
  })

  it('compiles every entry with the built-in plugins', () => {
    for (const entry of catalogue.list()) {
      expect(createEngine().compile(resolveMethodology(entry.reference)).fingerprint).toBe(entry.fingerprint)
    }
  })

  it('encodes 766/QĐ-TTg as five groups of 18 / 20 / 22 / 22 / 18 points', () => {
    const m = resolveMethodology('service-index.766@2022')
    expect(m.tree.map((node) => node.max)).toEqual(['18', '20', '22', '22', '18'])
    expect(createEngine().compile(m).leaves).toHaveLength(5)
  })

  it('encodes PAR INDEX 2022 bands A ≥ 90, B ≥ 80, C ≥ 70 and no band below (none is established)', () => {
    const m = resolveMethodology('par-index.province@2022.0.0')
    expect(m.bands.map((band) => [band.code, band.atLeast])).toEqual([
      ['A', '90'],
      ['B', '80'],
      ['C', '70'],
    ])
    expect(m.coverage).toBe('components')
  })

  it('resolves exact versions, ranges, bare years and bare ids', () => {
    expect(resolveMethodology('pci@2014.0.0').version).toBe('2014.0.0')
    expect(resolveMethodology('pci@^2014.0.0').version).toBe('2014.0.0')
    expect(resolveMethodology('pci@2014').version).toBe('2014.0.0')
    expect(resolveMethodology('pci').version).toBe('2014.0.0')
    expect(catalogue.has('pci@2015')).toBe(false)
  })

  it('says which versions exist when a reference does not resolve', () => {
    const error = errorOf(() => resolveMethodology('pci@2022'))
    expect(isChisoError(error) && error.code).toBe('NOT_FOUND')
    expect(isChisoError(error) && error.hint).toBe('versions of pci: 2014.0.0')
    const unknown = errorOf(() => resolveMethodology('papi@2022'))
    expect(isChisoError(unknown) && unknown.hint).toContain('known ids: par-index.province, pci')
    const malformed = errorOf(() => resolveMethodology('pci@latest'))
    expect(isChisoError(malformed) && malformed.code).toBe('INVALID_REFERENCE')
  })

  it('freezes its methodologies', () => {
    const m = resolveMethodology('pci@2014')
    expect(Object.isFrozen(m.tree[0])).toBe(true)
    expect(() => {
      ;(m.tree[0] as { weight?: string }).weight = '50'
    }).toThrow()
  })

  it('picks the newest version of a year, and refuses two entries with one id@version', () => {
    const base = resolveMethodology('service-index.766@2022.0.0')
    const mine = createCatalogue([
      base,
      { ...base, version: '2022.1.0' },
      { ...base, version: '2023.0.0-draft.1' },
    ])
    expect(mine.resolve('service-index.766@2022').version).toBe('2022.1.0')
    expect(mine.resolve('service-index.766').version).toBe('2022.1.0')
    expect(mine.resolve('service-index.766@2023.0.0-draft.1').version).toBe('2023.0.0-draft.1')
    expect(mine.versions('service-index.766')).toEqual(['2022.0.0', '2022.1.0', '2023.0.0-draft.1'])
    expect(() => createCatalogue([base, base])).toThrow('twice')
  })

  it.each([
    ['pci@2014', true],
    ['par-index.province@2022.0.0', true],
    ['pci.methodology.yaml', false],
    ['./my@2024.yaml', false],
    ['data/pci@2014.json', false],
  ])('tells a catalogue reference %j from a file name', (text, expected) => {
    expect(isCatalogueReference(text)).toBe(expected)
  })
})

// Published methodologies never change. Every catalogue entry's fingerprint is pinned here; when one changes,
// the published version was edited. Do not update the pin: publish a new version instead.
import { describe, expect, it } from 'vitest'
import { type CatalogueEntry, catalogue, createCatalogue, resolveMethodology } from '../../src/index.js'

const PINNED: Record<string, string> = {
  'par-index.province@2022.0.0': 'sha256:02923a4d2bd11e51261f98b05567b0239e3008088f9bf556349169804ef08329',
  'pci@2014.0.0': 'sha256:7140b8419bf9e473726b2d963834f5be798c42fe4e90dc5d43dbeec2968cd719',
  'service-index.766@2022.0.0': 'sha256:d90938ac410c61a1fe3adcbfd29c751b4146fdfac302cd13ffe7386d7edebd28',
}

/** What is wrong with the catalogue's entries against the pins: one message per problem. */
function unpinned(entries: ReadonlyArray<CatalogueEntry>, pinned: Record<string, string>): string[] {
  const problems: string[] = []
  for (const entry of entries) {
    const pin = pinned[entry.reference]
    if (pin === undefined)
      problems.push(`${entry.reference} has no pinned fingerprint: pin ${entry.fingerprint}`)
    else if (pin !== entry.fingerprint) {
      problems.push(
        `${entry.reference} is published and must never change, but its fingerprint changed ` +
          `(${pin} → ${entry.fingerprint}). Revert the edit, and publish the correction as a new version ` +
          'instead: copy the entry, raise its version (e.g. 2022.0.0 → 2022.1.0), set ' +
          `supersedes: '${entry.reference}', add it to the catalogue and pin its fingerprint here ` +
          '(see docs/publishing-a-methodology.md).',
      )
    }
  }
  const listed = new Set(entries.map((entry) => entry.reference))
  for (const reference of Object.keys(pinned)) {
    if (!listed.has(reference)) problems.push(`${reference} was published and must stay in the catalogue`)
  }
  return problems
}

describe('published fingerprints', () => {
  it('every catalogue entry is pinned and unchanged, and none was removed', () => {
    expect(unpinned(catalogue.list(), PINNED)).toEqual([])
  })

  it('an edited entry fails with a message to publish a new version instead', () => {
    const pci = resolveMethodology('pci@2014.0.0')
    const edited = {
      ...pci,
      tree: pci.tree.map((node) => (node.code === 'transparency' ? { ...node, weight: '15' } : node)),
    }
    const others = catalogue
      .list()
      .filter((entry) => entry.id !== 'pci')
      .map((entry) => resolveMethodology(entry.reference))
    const [problem, ...rest] = unpinned(createCatalogue([...others, edited]).list(), PINNED)
    expect(rest).toEqual([])
    expect(problem).toMatch(/^pci@2014\.0\.0 is published and must never change, but its fingerprint changed/)
    expect(problem).toContain('publish the correction as a new version instead')
  })
})

// Published methodologies never change. Every catalogue entry's fingerprint is pinned here; when one changes,
// the published version was edited. Do not update the pin: publish a new version instead.
import { describe, expect, it } from 'vitest'
import { catalogue } from '../../src/index.js'

const PINNED: Record<string, string> = {
  'par-index.province@2022.0.0': 'sha256:02923a4d2bd11e51261f98b05567b0239e3008088f9bf556349169804ef08329',
  'pci@2014.0.0': 'sha256:7140b8419bf9e473726b2d963834f5be798c42fe4e90dc5d43dbeec2968cd719',
  'service-index.766@2022.0.0': 'sha256:d90938ac410c61a1fe3adcbfd29c751b4146fdfac302cd13ffe7386d7edebd28',
}

const howToChange = (reference: string) =>
  `${reference} is published and must never change, but its fingerprint changed. Revert the edit, and ` +
  'publish the correction as a new version instead: copy the entry, raise its version (e.g. 2022.0.0 → ' +
  `2022.1.0), set supersedes: '${reference}', add it to the catalogue and pin its fingerprint here ` +
  '(see docs/publishing-a-methodology.md).'

describe('published fingerprints', () => {
  it.each(catalogue.list())('$reference is unchanged', (entry) => {
    const pinned = PINNED[entry.reference]
    expect(pinned, `${entry.reference} has no pinned fingerprint: pin ${entry.fingerprint}`).toBeDefined()
    expect(entry.fingerprint, howToChange(entry.reference)).toBe(pinned)
  })

  it('every pinned version is still in the catalogue (published versions are never removed)', () => {
    const listed = new Set(catalogue.list().map((entry) => entry.reference))
    for (const reference of Object.keys(PINNED)) expect(listed.has(reference), reference).toBe(true)
  })
})

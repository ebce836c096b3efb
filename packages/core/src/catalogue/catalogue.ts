import type { Methodology } from '../schema/methodology.js'
import { type Catalogue, createCatalogue } from './create-catalogue.js'
import { parIndexProvince2022 } from './entries/par-index-province-2022.js'
import { pci2014 } from './entries/pci-2014.js'
import { serviceIndex766 } from './entries/service-index-766-2022.js'
import { lazyCatalogue } from './lazy-catalogue.js'

/**
 * The methodologies that ship with chiso: real, published methodologies only, each citing its legal basis and
 * sources. Their fingerprints are pinned by the tests: a published version never changes; a correction is a
 * new version.
 *
 * - `par-index.province@2022.0.0` — PAR INDEX for provinces (876/QĐ-BNV), component level.
 * - `pci@2014.0.0` — PCI 2014–2021 at the level of its ten sub-indices (derived weights).
 * - `service-index.766@2022.0.0` — Decision 766/QĐ-TTg, five groups.
 *
 * @example
 * ```ts
 * catalogue.list().map((entry) => `${entry.reference} (${entry.coverage})`)
 * // ['par-index.province@2022.0.0 (components)', 'pci@2014.0.0 (components)', 'service-index.766@2022.0.0 (components)']
 * ```
 *
 * @category Catalogue
 */
export const catalogue: Catalogue = lazyCatalogue(() =>
  createCatalogue([parIndexProvince2022, pci2014, serviceIndex766]),
)

/**
 * The catalogue methodology a reference means: `id@version`, a range (`pci@^2014.0.0`) or a bare year
 * (`par-index.province@2022` → the newest 2022.x). Throws `NOT_FOUND` (with the known versions as hint) or
 * `INVALID_REFERENCE`.
 *
 * @example
 * ```ts
 * resolveMethodology('pci@2014').version            // '2014.0.0'
 * createEngine().compile(resolveMethodology('par-index.province@2022'))
 * ```
 *
 * @category Catalogue
 */
export function resolveMethodology(reference: string): Methodology {
  return catalogue.resolve(reference)
}

/**
 * Tells whether a text looks like a catalogue reference (`id@…`) rather than a file name.
 *
 * @example
 * ```ts
 * isCatalogueReference('pci@2014')         // true
 * isCatalogueReference('pci.methodology.yaml') // false
 * ```
 *
 * @category Catalogue
 */
export function isCatalogueReference(text: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*@[^/\\]+$/.test(text) && !/\.(ya?ml|json)$/i.test(text)
}

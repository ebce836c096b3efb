import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { localize } from '../schema/localized-text.js'
import type { Methodology, MethodologyInput } from '../schema/methodology.js'
import { parseMethodology } from '../schema/parse.js'
import { fingerprint } from '../versioning/fingerprint.js'
import { parseReference, pickVersion } from '../versioning/reference.js'
import { compareSemver } from '../versioning/semver.js'

/**
 * What {@link Catalogue.list} tells about one entry.
 *
 * @example
 * ```ts
 * const entry: CatalogueEntry = catalogue.list()[0]!
 * entry.reference // 'par-index.province@2022.0.0'
 * ```
 *
 * @category Catalogue
 */
export interface CatalogueEntry {
  id: string
  version: string
  /** `id@version`. */
  reference: string
  /** The English title (Vietnamese when there is none). */
  title: string
  status: Methodology['status']
  /** `full` when every level is encoded, `components` when only the upper levels are. */
  coverage: Methodology['coverage']
  /** The legal documents it rests on (`876/QĐ-BNV`…). */
  basis: string[]
  fingerprint: string
}

/**
 * A set of published methodology versions, looked up by reference (`id`, `id@version`, `id@range`,
 * `id@year`). Entries are parsed once and frozen: a published version cannot be changed in memory either.
 *
 * @example
 * ```ts
 * catalogue.resolve('par-index.province@2022').version // '2022.0.0'
 * catalogue.versions('pci')                            // ['2014.0.0']
 * ```
 *
 * @category Catalogue
 */
export interface Catalogue {
  /** Every entry, sorted by id then version. */
  list(): CatalogueEntry[]
  /** The versions of one id, oldest first. */
  versions(id: string): string[]
  /** Tells whether a reference resolves. */
  has(reference: string): boolean
  /** The methodology a reference means (parsed, frozen); throws `NOT_FOUND` or `INVALID_REFERENCE`. */
  resolve(reference: string): Methodology
}

/**
 * Makes a catalogue from methodologies (files' contents or objects). Two entries with the same `id@version`
 * are refused. A province can keep its own catalogue of its yearly versions this way.
 *
 * @example
 * ```ts
 * const mine = createCatalogue([district2024, district2025])
 * mine.resolve('cchc.district.demo@2025').version // '2025.0.0'
 * ```
 *
 * @category Catalogue
 */
export function createCatalogue(
  methodologies: ReadonlyArray<MethodologyInput | Methodology | unknown>,
): Catalogue {
  const byId = new Map<string, Map<string, Methodology>>()
  const prints = new Map<Methodology, string>()
  for (const input of methodologies) {
    const methodology = deepFreeze(parseMethodology(input))
    const versions = byId.get(methodology.id) ?? new Map<string, Methodology>()
    if (versions.has(methodology.version)) {
      throw new ChisoError(
        ERROR_CODES.INVALID_METHODOLOGY,
        `the catalogue has ${methodology.id}@${methodology.version} twice`,
      )
    }
    versions.set(methodology.version, methodology)
    byId.set(methodology.id, versions)
    prints.set(methodology, fingerprint(methodology))
  }

  const find = (reference: string): Methodology | undefined => {
    const { id, range } = parseReference(reference)
    const versions = byId.get(id)
    if (!versions) return undefined
    const version = pickVersion([...versions.keys()], range)
    return version === undefined ? undefined : versions.get(version)
  }

  const versionsOf = (id: string) => [...(byId.get(id)?.keys() ?? [])].sort(compareSemver)

  return Object.freeze({
    list: () =>
      [...byId.keys()].sort().flatMap((id) =>
        versionsOf(id).map((version) => {
          const m = byId.get(id)!.get(version)!
          return {
            id,
            version,
            reference: `${id}@${version}`,
            title: localize(m.title, 'en'),
            status: m.status,
            coverage: m.coverage,
            basis: m.basis.map((basis) => basis.document),
            fingerprint: prints.get(m)!,
          }
        }),
      ),
    versions: versionsOf,
    has: (reference: string) => find(reference) !== undefined,
    resolve: (reference: string) => {
      const found = find(reference)
      if (found) return found
      const { id } = parseReference(reference)
      const known = versionsOf(id)
      const ids = [...byId.keys()].sort().join(', ')
      throw new ChisoError(ERROR_CODES.NOT_FOUND, `no methodology in the catalogue matches "${reference}"`, {
        hint: known.length > 0 ? `versions of ${id}: ${known.join(', ')}` : `known ids: ${ids}`,
        reason:
          known.length > 0
            ? {
                code: 'not-found.catalogue',
                params: { reference, id, versions: known.join(', ') },
                hint: 'hint.catalogue-versions',
              }
            : { code: 'not-found.catalogue', params: { reference, ids }, hint: 'hint.catalogue-ids' },
      })
    },
  })
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}

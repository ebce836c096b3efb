import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { MethodologyIdSchema } from '../schema/methodology.js'
import { compareSemver, isValidRange, parseSemver, satisfiesRange } from './semver.js'

/**
 * A parsed methodology reference: the id and what was asked of the version (`undefined`: the newest release).
 *
 * @example
 * ```ts
 * parseReference('par-index.province@2022') // { id: 'par-index.province', range: '2022' }
 * ```
 *
 * @category Versioning
 */
export interface MethodologyReference {
  id: string
  /** An exact version, a range (`^2022.0.0`, `>=2020 <2024`) or a bare year (`2022`); absent: the newest. */
  range?: string
}

/**
 * Parses `id`, `id@version`, `id@range` or `id@year`. Throws `INVALID_REFERENCE` when the id or the range is
 * malformed.
 *
 * @example
 * ```ts
 * parseReference('pci@2014')       // { id: 'pci', range: '2014' }
 * parseReference('pci@2014.0.0')   // { id: 'pci', range: '2014.0.0' }
 * parseReference('pci')            // { id: 'pci' }
 * parseReference('pci@latest')     // throws INVALID_REFERENCE
 * ```
 *
 * @category Versioning
 */
export function parseReference(reference: string): MethodologyReference {
  const at = reference.indexOf('@')
  const id = at < 0 ? reference : reference.slice(0, at)
  const range = at < 0 ? undefined : reference.slice(at + 1).trim()
  if (!MethodologyIdSchema.safeParse(id).success) {
    throw new ChisoError(ERROR_CODES.INVALID_REFERENCE, `"${reference}": "${id}" is not a methodology id`, {
      hint: 'write id@version, e.g. par-index.province@2022.0.0, par-index.province@2022 or pci@^2014.0.0',
    })
  }
  if (range !== undefined && !isValidRange(range)) {
    throw new ChisoError(
      ERROR_CODES.INVALID_REFERENCE,
      `"${reference}": "${range}" is not a version or range`,
      {
        hint: 'write an exact version (2022.0.0), a year (2022), or a range (^2022.0.0, >=2020 <2024)',
      },
    )
  }
  return range === undefined || range === '' ? { id } : { id, range }
}

/**
 * Picks the version a reference means among those available: the exact version when it is there, otherwise
 * the newest version in the range (a bare year `2022` means the newest `2022.x.y`). Pre-releases are only
 * chosen when asked for by an exact version or a range that names one. Returns `undefined` when none fits.
 *
 * @example
 * ```ts
 * pickVersion(['2022.0.0', '2022.1.0', '2024.0.0'], '2022')     // '2022.1.0'
 * pickVersion(['2022.0.0', '2022.1.0', '2024.0.0'], undefined)  // '2024.0.0'
 * pickVersion(['2022.0.0'], '2023')                             // undefined
 * ```
 *
 * @category Versioning
 */
export function pickVersion(versions: ReadonlyArray<string>, range: string | undefined): string | undefined {
  if (range !== undefined && versions.includes(range)) return range
  const candidates = versions.filter((version) => {
    const parsed = parseSemver(version)
    if (!parsed) return false
    return range === undefined ? parsed.prerelease.length === 0 : satisfiesRange(version, range)
  })
  return candidates.sort(compareSemver).at(-1)
}

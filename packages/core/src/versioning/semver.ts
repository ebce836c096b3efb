// A small semantic-versioning comparator and range matcher. Written here because core may depend on zod and
// decimal.js only; it covers what methodology references need (exact versions, partial versions such as a bare
// year, x-ranges, ^, ~, comparators and ||), following the semver 2.0.0 precedence rules.

/**
 * A parsed semantic version.
 *
 * @example
 * ```ts
 * const v: SemVer = parseSemver('2022.1.0-draft.2')!
 * v.prerelease // ['draft', 2]
 * ```
 *
 * @category Versioning
 */
export interface SemVer {
  readonly major: number
  readonly minor: number
  readonly patch: number
  /** Pre-release identifiers (`draft.2` → `['draft', 2]`); empty for a release. */
  readonly prerelease: ReadonlyArray<string | number>
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

/**
 * Parses `MAJOR.MINOR.PATCH[-pre][+build]`, or returns `undefined`.
 *
 * @example
 * ```ts
 * parseSemver('2014.0.0')?.major // 2014
 * parseSemver('2014')            // undefined
 * ```
 *
 * @category Versioning
 */
export function parseSemver(text: string): SemVer | undefined {
  const match = SEMVER.exec(text.trim())
  if (!match) return undefined
  const prerelease = match[4] === undefined ? [] : match[4].split('.').map(identifier)
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease }
}

function identifier(part: string): string | number {
  return /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part
}

/**
 * Compares two versions by semver precedence: negative when `a` comes first, 0 when equal (build metadata is
 * ignored), positive otherwise. A pre-release comes before its release.
 *
 * @example
 * ```ts
 * ['2022.1.0', '2022.0.0', '2022.1.0-draft'].sort(compareSemver) // ['2022.0.0', '2022.1.0-draft', '2022.1.0']
 * ```
 *
 * @category Versioning
 */
export function compareSemver(a: string | SemVer, b: string | SemVer): number {
  const x = typeof a === 'string' ? mustParse(a) : a
  const y = typeof b === 'string' ? mustParse(b) : b
  if (x.major !== y.major) return x.major - y.major
  if (x.minor !== y.minor) return x.minor - y.minor
  if (x.patch !== y.patch) return x.patch - y.patch
  if (x.prerelease.length === 0 || y.prerelease.length === 0) {
    return (y.prerelease.length === 0 ? 0 : 1) - (x.prerelease.length === 0 ? 0 : 1)
  }
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i]
    const q = y.prerelease[i]
    if (p === undefined) return -1
    if (q === undefined) return 1
    if (p === q) continue
    if (typeof p === 'number' && typeof q === 'number') return p - q
    if (typeof p === 'number') return -1
    if (typeof q === 'number') return 1
    return p < q ? -1 : 1
  }
  return 0
}

function mustParse(text: string): SemVer {
  const parsed = parseSemver(text)
  if (!parsed) throw new TypeError(`not a semantic version: ${text}`)
  return parsed
}

type Comparator = { op: '<' | '<=' | '>' | '>=' | '='; version: SemVer }

const PARTIAL =
  /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

/**
 * Tells whether a version satisfies a range: an exact or partial version (`2022` = `2022.x` = any 2022.y.z),
 * x-ranges, `^`, `~`, comparators (`>=2020.0.0 <2023.0.0`) and alternatives joined by `||`. Pre-releases
 * match only a range that names a pre-release of the same `MAJOR.MINOR.PATCH`, as in npm. Returns `false` for
 * a malformed range or version.
 *
 * @example
 * ```ts
 * satisfiesRange('2022.1.0', '2022')        // true
 * satisfiesRange('2022.1.0', '^2022.0.0')   // true
 * satisfiesRange('2024.0.0', '>=2020 <2024') // false
 * ```
 *
 * @category Versioning
 */
export function satisfiesRange(version: string, range: string): boolean {
  const v = parseSemver(version)
  if (!v) return false
  const alternatives = parseRange(range)
  if (!alternatives) return false
  return alternatives.some((set) => {
    if (!set.every((c) => test(v, c))) return false
    if (v.prerelease.length === 0) return true
    return set.some(
      (c) =>
        c.version.prerelease.length > 0 &&
        c.version.major === v.major &&
        c.version.minor === v.minor &&
        c.version.patch === v.patch,
    )
  })
}

/**
 * Tells whether a text is a range {@link satisfiesRange} understands.
 *
 * @example
 * ```ts
 * isValidRange('^2022.0.0') // true
 * isValidRange('latest')    // false
 * ```
 *
 * @category Versioning
 */
export function isValidRange(range: string): boolean {
  return parseRange(range) !== undefined
}

function test(v: SemVer, c: Comparator): boolean {
  const order = compareSemver(v, c.version)
  switch (c.op) {
    case '<':
      return order < 0
    case '<=':
      return order <= 0
    case '>':
      return order > 0
    case '>=':
      return order >= 0
    default:
      return order === 0
  }
}

function parseRange(range: string): Comparator[][] | undefined {
  const sets: Comparator[][] = []
  for (const alternative of range.split('||')) {
    const tokens = alternative
      .trim()
      .replace(/([<>=~^]+)\s+/g, '$1')
      .split(/\s+/)
      .filter((token) => token !== '')
    if (tokens.length === 0) return undefined
    const set: Comparator[] = []
    for (const token of tokens) {
      const comparators = parseToken(token)
      if (!comparators) return undefined
      set.push(...comparators)
    }
    sets.push(set)
  }
  return sets
}

const version = (
  major: number,
  minor: number,
  patch: number,
  prerelease: ReadonlyArray<string | number> = [],
) => ({
  major,
  minor,
  patch,
  prerelease,
})

function parseToken(token: string): Comparator[] | undefined {
  const match = /^(<=|>=|<|>|=|\^|~)?(.*)$/.exec(token)!
  const op = match[1] ?? ''
  const partial = PARTIAL.exec(match[2]!)
  if (!partial) return undefined
  const wild = (part: string | undefined) => part === undefined || /^[xX*]$/.test(part)
  if (wild(partial[1]) && (!wild(partial[2]) || !wild(partial[3]))) return undefined
  if (wild(partial[2]) && !wild(partial[3])) return undefined
  const major = wild(partial[1]) ? undefined : Number(partial[1])
  const minor = wild(partial[2]) ? undefined : Number(partial[2])
  const patch = wild(partial[3]) ? undefined : Number(partial[3])
  const pre = partial[4] === undefined ? [] : partial[4].split('.').map(identifier)
  if (major === undefined)
    return op === '<' || op === '>' ? [{ op: '<', version: version(0, 0, 0, [0]) }] : []
  const low = version(major, minor ?? 0, patch ?? 0, pre)
  // The first version above the partial one: 2022 → 2023.0.0-0, 2022.1 → 2022.2.0-0.
  const next =
    minor === undefined
      ? version(major + 1, 0, 0, [0])
      : patch === undefined
        ? version(major, minor + 1, 0, [0])
        : undefined
  switch (op) {
    case '':
    case '=':
      return next
        ? [
            { op: '>=', version: low },
            { op: '<', version: next },
          ]
        : [{ op: '=', version: low }]
    case '>=':
      return [{ op: '>=', version: low }]
    case '<':
      return [{ op: '<', version: low }]
    case '>':
      return next ? [{ op: '>=', version: next }] : [{ op: '>', version: low }]
    case '<=':
      return next ? [{ op: '<', version: next }] : [{ op: '<=', version: low }]
    case '~': {
      // ~: patch-level changes (~2022.1.0, ~2022.1), or minor-level ones when only the major is given.
      const upper = minor === undefined ? version(major + 1, 0, 0, [0]) : version(major, minor + 1, 0, [0])
      return [
        { op: '>=', version: low },
        { op: '<', version: upper },
      ]
    }
    default: {
      // ^: changes that do not modify the left-most non-zero part.
      const upper =
        major > 0 || minor === undefined
          ? version(major + 1, 0, 0, [0])
          : minor > 0 || patch === undefined
            ? version(0, minor + 1, 0, [0])
            : version(0, 0, patch + 1, [0])
      return [
        { op: '>=', version: low },
        { op: '<', version: upper },
      ]
    }
  }
}

import * as z from 'zod'
import { ChisoError, type ChisoIssue } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { throwZodError } from '../errors/from-zod.js'
import { lazySchema } from '../schema/lazy-schema.js'

/**
 * An owners file, kept beside a methodology: which office (or person) answers for each criterion, for every
 * unit or for one unit. An entry on an inner node covers its whole subtree unless a deeper entry says
 * otherwise; a unit's own entry wins over the entry for all.
 *
 * @example
 * ```ts
 * OwnersFileSchema.parse({ owners: [{ node: '3', owner: 'Văn phòng HĐND và UBND' }, { node: '6', owner: 'Phòng Văn hóa và Thông tin' }] })
 * ```
 *
 * @category Targets
 */
export const OwnersFileSchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    title: z.string().optional(),
    illustrative: z.boolean().optional(),
    owners: z
      .array(
        z.strictObject({
          node: z.string().min(1),
          owner: z.string().min(1),
          /** A unit code; absent = every unit. */
          unit: z.string().min(1).optional(),
        }),
      )
      .min(1),
  }),
)

/**
 * A parsed owners file.
 *
 * @example
 * ```ts
 * const owners: OwnersFile = parseOwners(document, { nodes: new Set(['1', '3']) })
 * ```
 *
 * @category Targets
 */
export type OwnersFile = z.output<typeof OwnersFileSchema>

/**
 * Parses an owners file; a node the methodology does not have is an `INVALID_TARGETS` error at
 * `owners[i].node`.
 *
 * @example
 * ```ts
 * parseOwners({ owners: [{ node: '9', owner: 'Phòng Nội vụ' }] }, { nodes: new Set(['1']) })
 * // throws: owners[0].node: the methodology has no node "9"
 * ```
 *
 * @category Targets
 */
export function parseOwners(input: unknown, known: { nodes?: ReadonlySet<string> } = {}): OwnersFile {
  const parsed = OwnersFileSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_TARGETS, 'invalid owners file', parsed.error)
  const issues: ChisoIssue[] = []
  parsed.data.owners.forEach((entry, i) => {
    if (known.nodes && !known.nodes.has(entry.node))
      issues.push({ path: ['owners', i, 'node'], message: `the methodology has no node "${entry.node}"` })
  })
  if (issues.length > 0)
    throw new ChisoError(ERROR_CODES.INVALID_TARGETS, `invalid owners file: ${issues.length} problem(s)`, {
      issues,
    })
  return parsed.data
}

/**
 * The owner of a node for a unit: the entry on the node itself or its nearest ancestor (`path` lists the
 * node's ancestors from the root down, then the node), the unit's own entry before the entry for all;
 * `undefined` when nobody is named.
 *
 * @example
 * ```ts
 * ownerOf(owners, 'lang-chanh', ['3', '3.5', '3.5.1']) // 'Văn phòng HĐND và UBND' (the entry on '3')
 * ```
 *
 * @category Targets
 */
export function ownerOf(owners: OwnersFile, unit: string, path: ReadonlyArray<string>): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const code = path[i]
    const own = owners.owners.find((entry) => entry.node === code && entry.unit === unit)
    if (own) return own.owner
    const all = owners.owners.find(
      (entry) => entry.node === code && (entry.unit === undefined || entry.unit === '*'),
    )
    if (all) return all.owner
  }
  return undefined
}

import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { ChisoError, type ChisoIssue } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { throwZodError } from '../errors/from-zod.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import type { Methodology } from '../schema/methodology.js'
import { type MethodologyNode, NodeCodeSchema } from '../schema/node.js'

const NoteSchema = z.string().optional()

/**
 * One entry of a crosswalk: an old leaf code recoded (`from` → `to`), split among new codes with shares,
 * several old codes merged into one new code, or an old code retired. Old codes not named keep their code.
 *
 * @example
 * ```ts
 * CrosswalkEntrySchema.parse({ from: '3.1', split: [{ to: '3.1', share: '0.5' }, { to: '3.4', share: 0.5 }] })
 * // { from: '3.1', split: [{ to: '3.1', share: '0.5' }, { to: '3.4', share: '0.5' }] }
 * ```
 *
 * @category Versioning
 */
export const CrosswalkEntrySchema = lazySchema(() =>
  z.union([
    z.strictObject({ from: NodeCodeSchema, to: NodeCodeSchema, note: NoteSchema }),
    z.strictObject({
      from: NodeCodeSchema,
      split: z
        .array(
          z.strictObject({
            to: NodeCodeSchema,
            /** The part of the old value this new code receives, in (0, 1]; the parts add up to 1. */
            share: DecimalStringSchema,
          }),
        )
        .min(2, 'a split needs at least two parts'),
      note: NoteSchema,
    }),
    z.strictObject({
      merge: z.array(NodeCodeSchema).min(2, 'a merge needs at least two old codes'),
      to: NodeCodeSchema,
      note: NoteSchema,
    }),
    z.strictObject({ retire: NodeCodeSchema, note: NoteSchema }),
  ]),
)

/**
 * One crosswalk entry (parsed): `{ from, to }`, `{ from, split }`, `{ merge, to }` or `{ retire }`.
 *
 * @example
 * ```ts
 * const entry: CrosswalkEntry = { merge: ['6.1', '6.2'], to: '6.1', note: 'merged in 2024' }
 * ```
 *
 * @category Versioning
 */
export type CrosswalkEntry = z.output<typeof CrosswalkEntrySchema>

/**
 * A crosswalk (*bảng chuyển đổi*) from one methodology version's leaf codes to the next one's, used by
 * {@link rebase} to carry a dataset over.
 *
 * @example
 * ```ts
 * CrosswalkSchema.parse({
 *   from: 'cchc.demo@2024.0.0', to: 'cchc.demo@2025.0.0',
 *   entries: [{ from: '1.3', to: '1.2' }, { retire: '4.4', note: 'dropped in 2025' }],
 * })
 * ```
 *
 * @category Versioning
 */
export const CrosswalkSchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    /** The old version, `id@version`. */
    from: z.string().min(1),
    /** The new version, `id@version`. */
    to: z.string().min(1),
    description: z.string().optional(),
    entries: z.array(CrosswalkEntrySchema).default([]),
  }),
)

/**
 * A parsed crosswalk: the two versions and the entries.
 *
 * @example
 * ```ts
 * const crosswalk: Crosswalk = parseCrosswalk({ from: 'a@1.0.0', to: 'a@2.0.0', entries: [] })
 * ```
 *
 * @category Versioning
 */
export type Crosswalk = z.output<typeof CrosswalkSchema>

/**
 * Parses a crosswalk and checks it on its own: each old code used once, each new code produced once, split
 * shares in (0, 1] adding up to exactly 1. With the two methodologies it also checks that old codes are
 * leaves of `from`, new codes are leaves of `to`, that the versions match, and that a code left to keep its
 * code does not collide with a mapped one. Throws `INVALID_CROSSWALK` listing every problem with its path.
 *
 * @example
 * ```ts
 * parseCrosswalk({ from: 'a@1.0.0', to: 'a@2.0.0', entries: [
 *   { from: '1', split: [{ to: '1a', share: '0.6' }, { to: '1b', share: '0.3' }] },
 * ] })
 * // throws: entries[0].split: the shares add up to 0.9, not 1
 * ```
 *
 * @category Versioning
 */
export function parseCrosswalk(
  input: unknown,
  methodologies: { from?: Methodology; to?: Methodology } = {},
): Crosswalk {
  const parsed = CrosswalkSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_CROSSWALK, 'invalid crosswalk', parsed.error)
  const crosswalk = parsed.data
  const issues = checkCrosswalk(crosswalk, methodologies)
  if (issues.length > 0) {
    throw new ChisoError(ERROR_CODES.INVALID_CROSSWALK, `invalid crosswalk: ${issues.length} problem(s)`, {
      issues,
    })
  }
  return crosswalk
}

/**
 * The old codes an entry reads and the new codes it writes.
 *
 * @example
 * ```ts
 * entryCodes({ merge: ['6.1', '6.2'], to: '6.1' }) // { old: ['6.1', '6.2'], new: ['6.1'] }
 * ```
 *
 * @category Versioning
 */
export function entryCodes(entry: CrosswalkEntry): { old: string[]; new: string[] } {
  if ('retire' in entry) return { old: [entry.retire], new: [] }
  if ('merge' in entry) return { old: entry.merge, new: [entry.to] }
  if ('split' in entry) return { old: [entry.from], new: entry.split.map((part) => part.to) }
  return { old: [entry.from], new: [entry.to] }
}

function checkCrosswalk(crosswalk: Crosswalk, m: { from?: Methodology; to?: Methodology }): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const oldSeen = new Map<string, number>()
  const newSeen = new Map<string, number>()
  const oldLeaves = m.from ? leafCodes(m.from) : undefined
  const newLeaves = m.to ? leafCodes(m.to) : undefined
  crosswalk.entries.forEach((entry, index) => {
    const { old, new: made } = entryCodes(entry)
    old.forEach((code, i) => {
      const path =
        'retire' in entry
          ? ['entries', index, 'retire']
          : 'merge' in entry
            ? ['entries', index, 'merge', i]
            : ['entries', index, 'from']
      const first = oldSeen.get(code)
      if (first !== undefined)
        issues.push({ path, message: `old code "${code}" is already mapped by entries[${first}]` })
      else oldSeen.set(code, index)
      if (oldLeaves && !oldLeaves.has(code)) {
        issues.push({ path, message: `"${code}" is not a leaf of ${m.from!.id}@${m.from!.version}` })
      }
    })
    made.forEach((code, i) => {
      const path = 'split' in entry ? ['entries', index, 'split', i, 'to'] : ['entries', index, 'to']
      const first = newSeen.get(code)
      if (first !== undefined)
        issues.push({ path, message: `new code "${code}" is already produced by entries[${first}]` })
      else newSeen.set(code, index)
      if (newLeaves && !newLeaves.has(code)) {
        issues.push({ path, message: `"${code}" is not a leaf of ${m.to!.id}@${m.to!.version}` })
      }
    })
    if ('split' in entry) {
      let total = dec(0)
      entry.split.forEach((part, i) => {
        const share = dec(part.share)
        if (share.lte(0) || share.gt(1)) {
          issues.push({
            path: ['entries', index, 'split', i, 'share'],
            message: `a share lies in (0, 1], got ${part.share}`,
          })
        }
        total = total.plus(share)
      })
      if (!total.eq(1)) {
        issues.push({
          path: ['entries', index, 'split'],
          message: `the shares add up to ${total.toFixed()}, not 1`,
        })
      }
    }
  })
  if (m.from && crosswalk.from !== `${m.from.id}@${m.from.version}`) {
    issues.push({
      path: ['from'],
      message: `the crosswalk starts from ${crosswalk.from}, not ${m.from.id}@${m.from.version}`,
    })
  }
  if (m.to && crosswalk.to !== `${m.to.id}@${m.to.version}`) {
    issues.push({
      path: ['to'],
      message: `the crosswalk leads to ${crosswalk.to}, not ${m.to.id}@${m.to.version}`,
    })
  }
  if (oldLeaves && newLeaves) {
    for (const code of oldLeaves) {
      // An old leaf not named keeps its code; it must not land on a code another entry produces.
      if (!oldSeen.has(code) && newSeen.has(code)) {
        issues.push({
          path: ['entries', newSeen.get(code)!],
          message: `new code "${code}" is produced here but old leaf "${code}" also keeps its code: map or retire old "${code}"`,
        })
      }
    }
  }
  return issues
}

/**
 * The codes of a methodology's leaves (the nodes that take observations).
 *
 * @example
 * ```ts
 * [...leafCodes(pci)].slice(0, 2) // ['entry_costs', 'access_to_land']
 * ```
 *
 * @category Versioning
 */
export function leafCodes(methodology: Methodology): Set<string> {
  const out = new Set<string>()
  const visit = (nodes: ReadonlyArray<MethodologyNode>) => {
    for (const node of nodes) {
      if (node.children) visit(node.children)
      else out.add(node.code)
    }
  }
  visit(methodology.tree)
  return out
}

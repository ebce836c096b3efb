import * as z from 'zod'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { LocalizedTextSchema } from '../schema/localized-text.js'

/**
 * One administrative unit (*đơn vị hành chính*) over one period: its code, name, level and the days it
 * existed. `validTo` is the first day it no longer exists (exclusive), absent while it still exists. A code may
 * appear again in a later, non-overlapping period (a name given back to a new unit).
 *
 * @example
 * ```ts
 * UnitRecordSchema.parse({ code: 'ha-giang', name: 'Hà Giang', level: 'province', validFrom: '1991-08-12', validTo: '2025-07-01' })
 * ```
 *
 * @category Units
 */
export const UnitRecordSchema = lazySchema(() =>
  z.strictObject({
    code: z.string().min(1).max(200),
    name: LocalizedTextSchema,
    /** province, district, commune… */
    level: z.string().min(1),
    /** First day of existence, `YYYY-MM-DD`. */
    validFrom: z.iso.date(),
    /** First day it no longer exists, `YYYY-MM-DD` (exclusive); absent while it exists. */
    validTo: z.iso.date().optional(),
    /** The unit it belongs to (a district's province), when known. */
    parent: z.string().optional(),
    /**
     * Sizes that can weigh the unit when it is combined with others (a merged unit is compared with the
     * weighted mean of its predecessors): `population`, `area`, `firms`… as decimal strings.
     */
    weights: z.record(z.string().min(1), DecimalStringSchema).optional(),
    /** Where the record's facts come from (URL or citation). */
    source: z.string().optional(),
  }),
)

/**
 * A unit record (parsed).
 *
 * @example
 * ```ts
 * const unit: UnitRecord = { code: 'tinh-a', name: 'Tỉnh A', level: 'province', validFrom: '2000-01-01' }
 * ```
 *
 * @category Units
 */
export type UnitRecord = z.output<typeof UnitRecordSchema>

/**
 * A change of units on one day: `merged` (several → one), `split` (one → several), `renamed` (one → one),
 * `abolished` (several → none, e.g. a whole level). A unit named on both sides continues (it absorbs the others
 * in a merge, or keeps a part in a split); every other `from` unit ends that day and every other `to` unit starts.
 *
 * @example
 * ```ts
 * LineageEventSchema.parse({ date: '2025-07-01', kind: 'merged', from: ['tinh-a', 'tinh-b'], to: ['tinh-a'] })
 * ```
 *
 * @category Units
 */
export const LineageEventSchema = lazySchema(() =>
  z.strictObject({
    date: z.iso.date(),
    kind: z.enum(['merged', 'split', 'renamed', 'abolished']),
    from: z.array(z.string().min(1)).min(1),
    to: z.array(z.string().min(1)).default([]),
    /** The legal act (resolution, decision) that made the change. */
    basis: z.string().optional(),
    /** Where to read it (URL). */
    source: z.string().optional(),
    note: z.string().optional(),
  }),
)

/**
 * A lineage event (parsed).
 *
 * @example
 * ```ts
 * const event: LineageEvent = { date: '2025-07-01', kind: 'abolished', from: ['huyen-x'], to: [] }
 * ```
 *
 * @category Units
 */
export type LineageEvent = z.output<typeof LineageEventSchema>

/**
 * A unit registry: units with their validity periods, and the events that link them over time, so results of
 * different years can be compared. `illustrative: true` marks made-up data.
 *
 * @example
 * ```ts
 * UnitRegistrySchema.parse({
 *   title: 'Illustrative', illustrative: true,
 *   units: [{ code: 'a', name: 'A', level: 'province', validFrom: '2000-01-01' }],
 *   events: [],
 * })
 * ```
 *
 * @category Units
 */
export const UnitRegistrySchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    title: z.string().optional(),
    /** True when the data is made up for illustration. */
    illustrative: z.boolean().optional(),
    /** Where the data comes from. */
    source: z.string().optional(),
    units: z.array(UnitRecordSchema),
    events: z.array(LineageEventSchema).default([]),
  }),
)

/**
 * A parsed unit registry.
 *
 * @example
 * ```ts
 * const registry: UnitRegistry = parseUnitRegistry(json)
 * registry.events.length // 2
 * ```
 *
 * @category Units
 */
export type UnitRegistry = z.output<typeof UnitRegistrySchema>

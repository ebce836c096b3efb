import * as z from 'zod'
import { DecimalStringSchema } from './decimal-string.js'
import { EvidenceSchema, RoundCodeSchema } from './evidence.js'
import { lazySchema } from './lazy-schema.js'
import { NodeCodeSchema, SourceSchema } from './node.js'
import { UnitCodeSchema } from './unit-code.js'

/**
 * Where an observation came from, so every number can be traced back to its cell.
 *
 * @example
 * ```ts
 * OriginSchema.parse({ file: 'tu-danh-gia-2023.xlsx', sheet: 'TC3', row: 14, column: 'E' })
 * // { file: 'tu-danh-gia-2023.xlsx', sheet: 'TC3', row: 14, column: 'E' }
 * OriginSchema.safeParse({ row: 0 }).success // false (rows count from 1)
 * ```
 *
 * @category Datasets
 */
export const OriginSchema = lazySchema(() =>
  z.strictObject({
    file: z.string().optional(),
    sheet: z.string().optional(),
    row: z.int().min(1).optional(),
    column: z.union([z.string(), z.int().min(1)]).optional(),
  }),
)

/**
 * Where an observation came from: file, sheet, row and column (all optional).
 *
 * @example
 * ```ts
 * const origin: Origin = { file: 'tu-danh-gia-2023.xlsx', sheet: 'TC3', row: 14, column: 'E' }
 * ```
 *
 * @category Datasets
 */
export type Origin = z.output<typeof OriginSchema>

/**
 * A unit (*đơn vị*) being scored: a province, department, district or commune.
 *
 * @example
 * ```ts
 * UnitSchema.parse({ code: 'dong-son', name: 'Huyện Đông Sơn', group: 'district' })
 * // { code: 'dong-son', name: 'Huyện Đông Sơn', group: 'district' }
 * UnitSchema.safeParse({ code: '' }).success // false
 * ```
 *
 * @category Datasets
 */
export const UnitSchema = lazySchema(() =>
  z.strictObject({
    /** NFC, 1 to 200 characters, no invisible character (see `UnitCodeSchema`). */
    code: UnitCodeSchema.max(200),
    name: z.string().optional(),
    /** A group for ranking within groups (e.g. departments vs districts). */
    group: z.string().optional(),
  }),
)

/**
 * A unit (*đơn vị*) being scored, with an optional group for ranking within groups.
 *
 * @example
 * ```ts
 * const unit: Unit = { code: 'so-tu-phap', name: 'Sở Tư pháp', group: 'department' }
 * ```
 *
 * @category Datasets
 */
export type Unit = z.output<typeof UnitSchema>

/**
 * `NA`: the leaf does not apply to the unit (*không áp dụng*, KAD).
 *
 * @example
 * ```ts
 * ObservationSchema.parse({ unit: 'dong-son', node: '6.4', value: NOT_APPLICABLE }).value // 'NA'
 * ```
 *
 * @category Datasets
 */
export const NOT_APPLICABLE = 'NA'

/**
 * A rule input's name in an observation's `field` (`value`, `done`, `total`…): the pattern the schema checks, and
 * the datasets read without zod (`well-formed-dataset.ts`, `well-formed-observations.ts`).
 *
 * @example
 * ```ts
 * FIELD_NAME.test('done') // true
 * ```
 */
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * One observation: the value of one field of one leaf for one unit, from one source.
 * `value` is a decimal string, a boolean, `"NA"` (not applicable) or `null` (explicitly missing).
 *
 * @example
 * ```ts
 * ObservationSchema.parse({ unit: 'QN', node: 'entry_costs', value: '7.98' })
 * // { unit: 'QN', node: 'entry_costs', field: 'value', value: '7.98' }
 * ObservationSchema.parse({ unit: 'dong-son', node: '1.1', value: true, round: 'self',
 *   evidence: [{ number: '125/QĐ-UBND', date: '2023-03-15' }], explanation: 'Kế hoạch ban hành đúng hạn' })
 * ```
 *
 * @category Datasets
 */
export const ObservationSchema = lazySchema(() =>
  z.strictObject({
    unit: UnitCodeSchema,
    node: NodeCodeSchema,
    /** The rule input this value feeds (`value` by default; e.g. `done` and `total` for a share). */
    field: z.string().regex(FIELD_NAME, 'expected a field name').default('value'),
    value: z.union([z.literal(NOT_APPLICABLE), z.boolean(), z.null(), DecimalStringSchema]),
    source: SourceSchema.optional(),
    origin: OriginSchema.optional(),
    /** The assessment round the value belongs to (`self`, `appraisal`, `re-appraisal`…), as declared. */
    round: RoundCodeSchema.optional(),
    /** The documents that prove the claim (*tài liệu kiểm chứng*); never changes a score. */
    evidence: z.array(EvidenceSchema).optional(),
    /** The unit's explanation (*giải trình*), e.g. where evidence is missing; never changes a score. */
    explanation: z.string().optional(),
    /** The appraiser's comment (*ý kiến thẩm định*); never changes a score. */
    comment: z.string().optional(),
  }),
)

/**
 * An observation (parsed): one field of one leaf for one unit, from one source such as appraisal
 * (*thẩm định*).
 *
 * @example
 * ```ts
 * const o: Observation = {
 *   unit: 'dong-son', node: '3.2.1', field: 'value', value: '2.5', source: 'appraisal',
 * }
 * ```
 *
 * @category Datasets
 */
export type Observation = z.output<typeof ObservationSchema>

/**
 * A dataset: the units and their observations for one methodology and period.
 *
 * @example
 * ```ts
 * const data = DatasetSchema.parse({
 *   units: [{ code: 'A' }],
 *   observations: [{ unit: 'A', node: '1', value: '7.5' }],
 * })
 * data.observations[0].field // 'value'
 * ```
 *
 * @category Datasets
 */
export const DatasetSchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    title: z.string().optional(),
    /** Period the data describes (e.g. `2023`). */
    period: z.string().optional(),
    /** True when the data is invented for illustration. */
    synthetic: z.boolean().optional(),
    /** Where the data comes from. */
    source: z.string().optional(),
    /** The assessment rounds, in order, when the methodology declares none (`[self, appraisal, re-appraisal]`). */
    rounds: z.array(RoundCodeSchema).min(1).optional(),
    units: z.array(UnitSchema),
    observations: z.array(ObservationSchema),
  }),
)

/**
 * A parsed dataset: units and observations, with defaults explicit (`field` is always set).
 *
 * @example
 * ```ts
 * const data: Dataset = parseDataset({
 *   units: [{ code: 'A' }],
 *   observations: [{ unit: 'A', node: '1.1', value: true }],
 * })
 * data.observations[0]?.field // 'value'
 * ```
 *
 * @category Datasets
 */
export type Dataset = z.output<typeof DatasetSchema>
/**
 * A dataset as written in a file: `field` may be left out and decimals may be plain numbers.
 *
 * @example
 * ```ts
 * const input: DatasetInput = {
 *   units: [{ code: 'A' }],
 *   observations: [{ unit: 'A', node: '2', value: 2.5 }, { unit: 'A', node: '1.1', value: true }],
 * }
 * ```
 *
 * @category Datasets
 */
export type DatasetInput = z.input<typeof DatasetSchema>

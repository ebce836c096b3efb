// Every reason an import gives for an ignored range, a rejected cell or a warning, by its stable code: the
// values each names, and its English sentence. Readers build a reason only through `reasonOf`, so each one
// has a code, and the English text stays what reports and JSON outputs always carried.

/**
 * Where a rejected value was, as the sentence names it before the cause: a wide table's column and unit, a
 * long table's unit and node, a workbook's criterion and unit (none when `readCell` says it alone).
 *
 * @example
 * ```ts
 * const place: CellPlace = { column: '1.1', unit: 'ha-noi' }
 * ```
 *
 * @category Import report
 */
export interface CellPlace {
  column?: string
  unit?: string
  node?: string
  criterion?: string
}

/**
 * The respondent column's value, when the survey has one: the sentence starts with it.
 *
 * @example
 * ```ts
 * const who: Respondent = { respondent: 'R-017' }
 * ```
 *
 * @category Import report
 */
export interface Respondent {
  respondent?: string
}

/**
 * The values each reason names, by code. The values are text (a header, a unit code, a row number…), so a
 * reason's parameters are a plain string record wherever they travel.
 *
 * @example
 * ```ts
 * const params: ReasonParamsOf<'duplicate-unit'> = { unit: 'ha-noi', line: 'row', first: '3' }
 * ```
 *
 * @category Import report
 */
export interface ReasonParams {
  // A data cell that cannot be read (readCell, separators), with its place.
  'not-a-number': CellPlace
  'spreadsheet-error': CellPlace & { value: string }
  'date-not-number': CellPlace & { value: string }
  'ambiguous-exponent': CellPlace & { value: string; fixed: string }
  /** `address` (an XLSX cell) or else `row` names the cell showing the grouping. */
  'two-ways': CellPlace & {
    separator: string
    other: string
    value: string
    whole: string
    address?: string
    row?: string
  }
  'above-maximum': CellPlace & { value: string; max: string }
  'note-without-input': CellPlace
  'evidence-not-a-date': CellPlace & { value: string }
  // Rows and units.
  'no-unit-code': Record<string, never>
  'unit-code-too-long': Respondent
  'invisible-in-unit-code': { code: string; character: string }
  'not-a-unit-code': Record<string, never>
  'duplicate-unit': { unit: string; line: 'row' | 'column'; first: string }
  'blank-row': Record<string, never>
  'above-header': Record<string, never>
  'no-period': Record<string, never>
  // Columns (wide tables) and notes.
  'no-header': Record<string, never>
  'value-without-header': Record<string, never>
  'not-a-leaf': { header: string }
  'no-such-leaf': { node: string }
  'ignored-by-mapping': Record<string, never>
  'duplicate-column': { label: string; name: string }
  'duplicate-column-value': { label: string; name: string; other: string }
  'merged-header': { master: string }
  'merged-cell': { master: string }
  'note-without-value': { header: string; place: string; note: 'explanation' | 'comment' | 'evidence' }
  'note-not-a-date': { header: string; value: string }
  // Long tables.
  'not-a-long-column': { header: string }
  'note-without-observation': { header: string }
  'not-a-node-code': { node: string }
  'not-a-field-name': { field: string }
  'not-a-source': { source: string }
  'not-a-round-code': { round: string }
  // Workbooks written by `writeTemplate`.
  'template-headings': Record<string, never>
  'criterion-text': Record<string, never>
  'outside-template': Record<string, never>
  'earlier-round-copy': Record<string, never>
  'value-without-criterion': Record<string, never>
  'not-an-input-criterion': { criterion: string }
  'empty-row': Record<string, never>
  'area-row': Record<string, never>
  'no-unit-for-column': Record<string, never>
  'sheet-not-in-template': Record<string, never>
  /** `fields`: the fields the criterion reads, when a value was written in a field it does not read. */
  'field-not-read': { criterion: string; field: string; fields?: string }
  // Surveys.
  'weight-0': Record<string, never>
  'no-usable-answer': Record<string, never>
  'not-a-spec-column': Record<string, never>
  'respondent-without-unit': Respondent
  'unit-not-in-spec': Respondent & { unit: string }
  'no-weight': Respondent
  'bad-weight': Respondent & { weight: string }
  /** The item's scale: its `answers` (a comma-separated list) or a number from `min` to `max`. */
  'not-an-answer': Respondent & { item: string; value: string; answers?: string; min?: string; max?: string }
  // COINr tables.
  'coinr-time': Record<string, never>
  'coinr-group': Record<string, never>
  'coinr-denominator': Record<string, never>
  'coinr-not-indicator': Record<string, never>
  // Warnings of XLSX cells.
  'formula-without-value': { formula: string }
}

/**
 * The values one reason names.
 *
 * @example
 * ```ts
 * const params: ReasonParamsOf<'not-a-leaf'> = { header: 'Ghi chú' }
 * ```
 *
 * @category Import report
 */
export type ReasonParamsOf<C extends keyof ReasonParams> = ReasonParams[C]

/** What a sentence reads: the values of any code, as text (a missing value reads as absent). */
type Values = Readonly<Record<string, string | undefined>>

const NUMBER_EXPECTED =
  'expected a number (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không (yes/no), or an empty cell'

/** `column "1.1", unit "ha-noi": ` and the like: the place before a cell's cause, when the reader knows it. */
function at(p: Values): string {
  if (p.column !== undefined) return `column "${p.column}", unit "${p.unit}": `
  if (p.node !== undefined) return `unit "${p.unit}", node "${p.node}": `
  if (p.criterion !== undefined) return `criterion "${p.criterion}", unit "${p.unit}": `
  return ''
}

/** `respondent 17: `, when the survey names its respondents. */
const who = (p: Values) => (p.respondent === undefined ? '' : `respondent ${p.respondent}: `)

/**
 * The English sentence of every reason, by code: the `reason` text of import reports. The CLI's message
 * catalogue says each in Vietnamese too, and a test checks its English equals these word for word.
 *
 * @example
 * ```ts
 * REASON_SENTENCES['not-a-leaf']({ header: 'Ghi chú' })
 * // 'the header "Ghi chú" is not a leaf code (map it with a mapping file)'
 * ```
 *
 * @category Import report
 */
export const REASON_SENTENCES: { readonly [C in keyof ReasonParams]: (params: Values) => string } = {
  'not-a-number': (p) => `${at(p)}${NUMBER_EXPECTED}`,
  'spreadsheet-error': (p) =>
    `${at(p)}a spreadsheet error value (${p.value}), not a value: fix the formula, leave the cell empty (missing) or write NA/KAD if the criterion does not apply`,
  'date-not-number': (p) =>
    `${at(p)}a date (${p.value}), not a number: a spreadsheet may have turned a number such as 7.5 into a date; format the cell as a number`,
  'ambiguous-exponent': (p) =>
    `${at(p)}ambiguous scientific notation "${p.value}": write the mantissa with a point (${p.fixed})`,
  'two-ways': (p) =>
    `${at(p)}read two ways: "${p.separator}" groups thousands elsewhere in this column (${p.address ?? `row ${p.row}`}), so ${p.value} could be ${p.whole} or a decimal; say which separator is the decimal one with decimal: "${p.other}" or "${p.separator}" in the mapping`,
  'above-maximum': (p) => `${at(p)}${p.value} is above the maximum ${p.max}`,
  'note-without-input': (p) => `${at(p)}a note with no input cell to attach it to`,
  'evidence-not-a-date': (p) => `${at(p)}"${p.value}" is not a date (expected dd/mm/yyyy, e.g. 15/03/2023)`,
  'no-unit-code': () => 'the row has no unit code',
  'unit-code-too-long': (p) => `${who(p)}the unit code is longer than 200 characters`,
  'invisible-in-unit-code': (p) =>
    `the unit code ${JSON.stringify(p.code)} holds an invisible character (${p.character}): remove it, or it names a different unit than it seems to`,
  'not-a-unit-code': () => 'not a unit code',
  'duplicate-unit': (p) => `duplicate unit "${p.unit}" (first in ${p.line} ${p.first})`,
  'blank-row': () => 'blank row',
  'above-header': () => 'above the header row (titles)',
  'no-period': () => 'the row has no period (the period column is empty)',
  'no-header': () => 'no header',
  'value-without-header': () => 'a value in a column without a header',
  'not-a-leaf': (p) => `the header "${p.header}" is not a leaf code (map it with a mapping file)`,
  'no-such-leaf': (p) => `the methodology has no leaf "${p.node}"`,
  'ignored-by-mapping': () => 'ignored by the mapping',
  'duplicate-column': (p) => `the same column as column ${p.label} ("${p.name}") appears again`,
  'duplicate-column-value': (p) =>
    `the same column as column ${p.label} ("${p.name}") appears again, with another value (${JSON.stringify(p.other)} there): remove or map one of the two columns`,
  'merged-header': (p) => `part of the merged header cell ${p.master}`,
  'merged-cell': (p) => `part of the merged cell ${p.master}`,
  'note-without-value': (p) =>
    `column "${p.header}": the table has no value column for ${p.place} to attach this ${p.note} to`,
  'note-not-a-date': (p) =>
    `column "${p.header}": "${p.value}" is not a date (expected dd/mm/yyyy or yyyy-mm-dd, e.g. 15/03/2023)`,
  'not-a-long-column': (p) =>
    `the column "${p.header}" is not one of unit, node, value, field, source, round, name, group, explanation, comment, evidence.<property>`,
  'note-without-observation': (p) =>
    `column "${p.header}": the row names no node and value to attach this note to`,
  'not-a-node-code': (p) => `"${p.node}" is not a node code`,
  'not-a-field-name': (p) => `"${p.field}" is not a field name`,
  'not-a-source': (p) => `"${p.source}" is not a source (self, appraisal, survey, statistic)`,
  'not-a-round-code': (p) =>
    `"${p.round}" is not a round code (lowercase letters, digits and dashes: self, appraisal, re-appraisal)`,
  'template-headings': () => 'title and heading rows',
  'criterion-text': () => 'criterion text (locked)',
  'outside-template': () => 'outside the template’s columns',
  'earlier-round-copy': () =>
    'read-only copy of an earlier round (the earlier rounds are read from the workbook’s description)',
  'value-without-criterion': () => 'a value in a row without a criterion code',
  'not-an-input-criterion': (p) =>
    `"${p.criterion}" is not an input criterion (its points come from its children)`,
  'empty-row': () => 'empty row',
  'area-row': () => 'area row: computed from its criteria',
  'no-unit-for-column': () => 'no unit for this column',
  'sheet-not-in-template': () => 'a sheet the template did not have',
  'field-not-read': (p) =>
    `criterion "${p.criterion}" does not read "${p.field}"${p.fields === undefined ? '' : ` (it reads ${p.fields})`}`,
  'weight-0': () => 'weight 0',
  'no-usable-answer': () => 'no usable answer to any item of the spec',
  'not-a-spec-column': () => 'not a column of the spec',
  'respondent-without-unit': (p) => `${who(p)}the respondent has no unit`,
  'unit-not-in-spec': (p) => `${who(p)}unit "${p.unit}" is not among the spec's units`,
  'no-weight': (p) => `${who(p)}the respondent has no weight`,
  'bad-weight': (p) => `${who(p)}the weight "${p.weight}" is not a number ≥ 0`,
  'not-an-answer': (p) =>
    `${who(p)}item ${p.item}: "${p.value}" is not an answer of the item (${p.answers === undefined ? `a number from ${p.min} to ${p.max}` : `answers ${p.answers}`})`,
  'coinr-time': () => 'COINr Time column (one period is imported)',
  'coinr-group': () => 'COINr group column (not used unless named by --group)',
  'coinr-denominator': () => 'COINr denominator (used only by Denominate: --denominate)',
  'coinr-not-indicator': () => 'not an indicator of iMeta',
  'formula-without-value': (p) =>
    `formula without a cached value (=${p.formula}): read as missing; open and save the file in Excel to store its result`,
}

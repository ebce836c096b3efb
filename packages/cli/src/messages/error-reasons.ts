import type { HeaderErrorReasonCode } from '@chiso/adapters'
import type { ErrorReasonCode } from '@chiso/core'
import { PLUGINS_MESSAGES } from './plugins.js'

/** The values a coded error names, as core or the CLI attaches them (`withErrorReason`). */
type Params = Readonly<Record<string, string>>

/**
 * The codes the CLI gives its own errors (plugin packages it cannot load), beside core's
 * {@link ErrorReasonCode}s.
 *
 * @example
 * ```ts
 * const code: CliErrorReasonCode = 'plugin.not-installed'
 * ```
 */
export type CliErrorReasonCode =
  | 'plugin.not-installed'
  | 'plugin.install'
  | 'plugin.install-declared'
  | 'plugin.no-plugin'
  | 'plugin.no-plugin-hint'

/** Every code a sentence below says: core's, the CLI's and the adapters' (a table's header it cannot read). */
type Code = ErrorReasonCode | CliErrorReasonCode | HeaderErrorReasonCode

/** The words for what a schema expected or received (zod's type names), in Vietnamese; others stay as they are. */
const KINDS_VI: Readonly<Record<string, string>> = {
  string: 'văn bản (string)',
  number: 'một số (number)',
  boolean: 'đúng/sai (boolean)',
  object: 'một nhóm khoá: giá trị (object)',
  array: 'một danh sách (array)',
  null: 'giá trị rỗng (null)',
  undefined: 'không có giá trị (undefined)',
  nan: 'NaN',
  date: 'một ngày (date)',
  bigint: 'một số nguyên lớn (bigint)',
  record: 'một nhóm khoá: giá trị (record)',
}

/** Who lacks a unit or node, in Vietnamese (core names it in English: dataset, scorecard, data, methodology). */
const HOLDERS_VI: Readonly<Record<string, string>> = {
  dataset: 'bộ số liệu',
  scorecard: 'bảng điểm',
  data: 'số liệu',
  methodology: 'bộ chỉ số',
}

/** The kinds of plugin item (rule, normaliser, aggregator), in Vietnamese. */
const ITEMS_VI: Readonly<Record<string, string>> = {
  rule: 'cách chấm điểm (rule)',
  normaliser: 'cách quy đổi (normaliser)',
  aggregator: 'cách gộp điểm (aggregator)',
}

/** A table's row or column (an axis: a transposed table's header is a column), in Vietnamese. */
const AXES_VI: Readonly<Record<string, string>> = { row: 'hàng', column: 'cột' }

/** The other axis: the unit is a column of a header row, a row of a header column. */
const across = (axis: string | undefined) => (axis === 'column' ? 'row' : 'column')

const word = (table: Readonly<Record<string, string>>, key: string | undefined) =>
  key === undefined ? '' : (table[key] ?? key)

/**
 * The errors and issues that carry a stable reason code (`errorReasonOf`), said in each language with their
 * values. The English sentence is core's (or the CLI's) own message, word for word — a table test checks it
 * for every code — so `--lang en` reads as it always did (and prints the message itself); the Vietnamese one
 * says the same with the same values. An error without a code is said by the general sentence of its error
 * code (`ERROR_MESSAGES`). Codes starting with `hint.` (and `plugin.install`, `plugin.no-plugin-hint`) are
 * hints.
 *
 * @example
 * ```ts
 * ERROR_REASON_MESSAGES.vi['decimal.expected']({ got: '"mười"' })
 * // 'cần một số thập phân (ví dụ "2.5"), nhận được "mười"'
 * ```
 */
export const ERROR_REASON_MESSAGES = {
  vi: {
    'decimal.expected': (p: Params) => `cần một số thập phân (ví dụ "2.5"), nhận được ${p.got}`,
    'decimal.expected-any': () => 'cần một số thập phân (ví dụ "2.5")',
    'decimal.inexact': (p: Params) =>
      `cần một số thập phân: số ${p.number} không biểu diễn được chính xác, hãy viết nó trong ngoặc kép ("${p.number}")`,
    'decimal.negative': () => 'cần một số thập phân ≥ 0',
    'schema.missing-key': (p: Params) => `thiếu khoá bắt buộc "${p.key}"`,
    'schema.type': (p: Params) =>
      `giá trị không hợp lệ: cần ${word(KINDS_VI, p.expected)}, nhưng nhận được ${word(KINDS_VI, p.received)}`,
    'schema.option': (p: Params) => `lựa chọn không hợp lệ: cần một trong các giá trị ${p.values}`,
    'schema.unknown-keys': (p: Params) => `khoá không được nhận (viết sai tên?): ${p.keys}`,
    'schema.discriminator': (p: Params) => `giá trị của "${p.key}" không hợp lệ: cần một trong ${p.options}`,
    'schema.invalid': () => 'giá trị không hợp lệ',
    'methodology.duplicate-node': (p: Params) => `mã tiêu chí "${p.node}" bị trùng (đã có ở ${p.first})`,
    'methodology.children-and-rule': () =>
      'một tiêu chí có hoặc các tiêu chí con, hoặc một cách chấm điểm (rule), không có cả hai',
    'methodology.leaf-needs-rule': () =>
      'tiêu chí lá cần một cách chấm điểm (ví dụ { use: "chiso/points" }), hoặc cho nó các tiêu chí con',
    'methodology.leaf-needs-max': () => 'tiêu chí lá của bộ chỉ số tính điểm cần điểm tối đa (max)',
    'methodology.no-breaker-node': (p: Params) => `không tiêu chí nào có mã "${p.node}"`,
    'methodology.plugin-required': (p: Params) =>
      `bộ chỉ số cần plugin "${p.namespace}", nhưng plugin này chưa được nạp`,
    'methodology.unknown-item': (p: Params) => `không có ${word(ITEMS_VI, p.kind)} "${p.id}"`,
    'methodology.item-needs-plugin': (p: Params) =>
      `${word(ITEMS_VI, p.kind)} "${p.id}" cần plugin "${p.namespace}", nhưng plugin này chưa được nạp`,
    'dataset.duplicate-unit': (p: Params) => `mã đơn vị "${p.unit}" bị trùng`,
    'options.order': (p: Params) => `${p.upper} (${p.upperValue}) phải lớn hơn ${p.lower} (${p.lowerValue})`,
    'options.points-needs-max': () =>
      'chiso/points cần điểm tối đa (max) của tiêu chí để giới hạn số điểm được nhập',
    'not-found.unit': (p: Params) => `${word(HOLDERS_VI, p.holder)} không có đơn vị "${p.unit}"`,
    'not-found.node': (p: Params) => `${word(HOLDERS_VI, p.holder)} không có tiêu chí "${p.node}"`,
    'not-found.rank-node': (p: Params) => `bảng điểm không có tiêu chí "${p.node}" để xếp hạng theo`,
    'not-found.catalogue': (p: Params) => `không bộ chỉ số nào trong danh mục khớp với "${p.reference}"`,
    'not-found.unit-not-ranked': (p: Params) =>
      `đơn vị "${p.unit}" không được xếp hạng (xem các chẩn đoán của đơn vị này)`,
    'not-found.unit-among': (p: Params) => `không có đơn vị "${p.unit}" (các đơn vị có: ${p.known})`,
    'not-found.node-among': (p: Params) => `không có tiêu chí "${p.node}" (các tiêu chí có: ${p.known})`,
    'hint.catalogue-versions': (p: Params) => `các phiên bản của ${p.id}: ${p.versions}`,
    'hint.catalogue-ids': (p: Params) => `các mã có trong danh mục: ${p.ids}`,
    'plugin.not-installed': (p: Params) => PLUGINS_MESSAGES.vi.notInstalled(p.name ?? '', p.cwd ?? ''),
    'plugin.install': (p: Params) => PLUGINS_MESSAGES.vi.install(p.name ?? ''),
    'plugin.install-declared': () => PLUGINS_MESSAGES.vi.installDeclared,
    'plugin.no-plugin': (p: Params) => PLUGINS_MESSAGES.vi.noPlugin(p.name ?? ''),
    'plugin.no-plugin-hint': () => PLUGINS_MESSAGES.vi.noPluginHint,
    'header.not-in-table': (p: Params) => `${word(AXES_VI, p.axis)} tiêu đề ${p.number} không có trong bảng`,
    'header.no-unit-column': (p: Params) =>
      `không tìm thấy ${word(AXES_VI, p.axis)} tiêu đề có ${word(AXES_VI, across(p.axis))} ${p.unit === undefined ? '"unit" (hoặc "Mã đơn vị", "code")' : `"${p.unit}"`} trong ${p.count} ${word(AXES_VI, p.axis)} đầu`,
    'hint.name-unit-column': () =>
      'đặt tên cột mã đơn vị là "unit" (ví dụ unit,name,<mã tiêu chí lá>,…), hoặc chỉ rõ cột đó trong tệp ánh xạ (unit: "…")',
    'header.no-long-unit-column': () =>
      'không có hàng tiêu đề nào có cột "unit" (cần unit,node,value[,field][,source])',
    'header.long-lacking': (p: Params) =>
      `không có cột "${p.first}"${p.second === undefined ? '' : ` hay "${p.second}"`} (cần unit,node,value[,field][,source])`,
    'header.empty-sheet': (p: Params) => `trang tính "${p.sheet}" không có dữ liệu`,
    'header.coinr-missing': (p: Params) =>
      `thiếu cột ${p.columns} (cần Level, iCode, iName, Direction, Weight, Parent, Type)`,
  },
  en: {
    'decimal.expected': (p: Params) => `expected a decimal string, got ${p.got}`,
    'decimal.expected-any': () => 'expected a decimal string',
    'decimal.inexact': (p: Params) =>
      `expected a decimal string (the number ${p.number} cannot be represented exactly: write it as a quoted string)`,
    'decimal.negative': () => 'expected a decimal string ≥ 0',
    'schema.missing-key': (p: Params) => `the required key "${p.key}" is missing`,
    'schema.type': (p: Params) => `Invalid input: expected ${p.expected}, received ${p.received}`,
    'schema.option': (p: Params) => `Invalid option: expected one of ${p.values}`,
    'schema.unknown-keys': (p: Params) => `Unrecognized key${p.count === '1' ? '' : 's'}: ${p.keys}`,
    'schema.discriminator': (p: Params) => `Invalid discriminator value. Expected ${p.options}`,
    'schema.invalid': () => 'Invalid input',
    'methodology.duplicate-node': (p: Params) => `duplicate node code "${p.node}" (also at ${p.first})`,
    'methodology.children-and-rule': () => 'a node has either children or a rule, not both',
    'methodology.leaf-needs-rule': () =>
      'a leaf needs a rule (e.g. { use: "chiso/points" }), or give it children',
    'methodology.leaf-needs-max': () => 'a leaf of a points methodology needs a max',
    'methodology.no-breaker-node': (p: Params) => `no node has code "${p.node}"`,
    'methodology.plugin-required': (p: Params) =>
      `the plugin "${p.namespace}" is required but was not passed to createEngine`,
    'methodology.unknown-item': (p: Params) => `unknown ${p.kind} "${p.id}"`,
    'methodology.item-needs-plugin': (p: Params) =>
      `${p.kind} "${p.id}" needs the plugin "${p.namespace}", which was not passed to createEngine`,
    'dataset.duplicate-unit': (p: Params) => `duplicate unit code "${p.unit}"`,
    'options.order': (p: Params) =>
      `${p.upper} (${p.upperValue}) must be greater than ${p.lower} (${p.lowerValue})`,
    'options.points-needs-max': () =>
      'chiso/points needs a maximum (max) on the node to bound the entered points',
    'not-found.unit': (p: Params) => `the ${p.holder} has no unit "${p.unit}"`,
    'not-found.node': (p: Params) => `the ${p.holder} has no node "${p.node}"`,
    'not-found.rank-node': (p: Params) => `the scorecard has no node "${p.node}" to rank by`,
    'not-found.catalogue': (p: Params) => `no methodology in the catalogue matches "${p.reference}"`,
    'not-found.unit-not-ranked': (p: Params) => `the unit "${p.unit}" is not ranked (see its diagnostics)`,
    'not-found.unit-among': (p: Params) => `no unit "${p.unit}" (known: ${p.known})`,
    'not-found.node-among': (p: Params) => `no node "${p.node}" (known: ${p.known})`,
    'hint.catalogue-versions': (p: Params) => `versions of ${p.id}: ${p.versions}`,
    'hint.catalogue-ids': (p: Params) => `known ids: ${p.ids}`,
    'plugin.not-installed': (p: Params) => PLUGINS_MESSAGES.en.notInstalled(p.name ?? '', p.cwd ?? ''),
    'plugin.install': (p: Params) => PLUGINS_MESSAGES.en.install(p.name ?? ''),
    'plugin.install-declared': () => PLUGINS_MESSAGES.en.installDeclared,
    'plugin.no-plugin': (p: Params) => PLUGINS_MESSAGES.en.noPlugin(p.name ?? ''),
    'plugin.no-plugin-hint': () => PLUGINS_MESSAGES.en.noPluginHint,
    'header.not-in-table': (p: Params) => `the header ${p.axis} ${p.number} is not in the table`,
    'header.no-unit-column': (p: Params) =>
      `no header ${p.axis} with a ${p.unit === undefined ? '"unit" (or "Mã đơn vị", "code")' : `"${p.unit}"`} ${across(p.axis)} in the first ${p.count} ${p.axis}s`,
    'hint.name-unit-column': () =>
      'name the unit column "unit" (expected unit,name,<leaf code>,…), or say which it is with a mapping (unit: "…")',
    'header.no-long-unit-column': () =>
      'no header row with a "unit" column (expected unit,node,value[,field][,source])',
    'header.long-lacking': (p: Params) =>
      `no "${p.first}"${p.second === undefined ? '' : ` or "${p.second}"`} column (expected unit,node,value[,field][,source])`,
    'header.empty-sheet': (p: Params) => `the sheet "${p.sheet}" is empty`,
    'header.coinr-missing': (p: Params) =>
      `missing column(s) ${p.columns} (expected Level, iCode, iName, Direction, Weight, Parent, Type)`,
  },
} as const satisfies Record<'vi' | 'en', Record<Code, (params: Params) => string>>

import type { ReasonCode } from '@chiso/adapters'

/** The values a coded reason names, as the adapters attach them (`reasonParams`); absent values are undefined. */
type Params = Readonly<Record<string, string | undefined>>

// The place before a rejected cell's cause, as the adapters say it: a wide table's column and unit, a long
// table's unit and node, a workbook's criterion and unit (nothing when the cell is said alone).
const atEn = (p: Params) =>
  p.column !== undefined
    ? `column "${p.column}", unit "${p.unit}": `
    : p.node !== undefined
      ? `unit "${p.unit}", node "${p.node}": `
      : p.criterion !== undefined
        ? `criterion "${p.criterion}", unit "${p.unit}": `
        : ''
const atVi = (p: Params) =>
  p.column !== undefined
    ? `cột "${p.column}", đơn vị "${p.unit}": `
    : p.node !== undefined
      ? `đơn vị "${p.unit}", tiêu chí "${p.node}": `
      : p.criterion !== undefined
        ? `tiêu chí "${p.criterion}", đơn vị "${p.unit}": `
        : ''
// A survey's respondent, when it names them.
const whoEn = (p: Params) => (p.respondent === undefined ? '' : `respondent ${p.respondent}: `)
const whoVi = (p: Params) => (p.respondent === undefined ? '' : `người trả lời ${p.respondent}: `)
// A note column's kind (explanation, comment, evidence) in Vietnamese.
const noteVi = (note: string | undefined) =>
  note === 'explanation' ? 'lời giải trình' : note === 'comment' ? 'nhận xét' : 'minh chứng'

/**
 * Every reason of an import report (its stable code `reasonCode` and values `reasonParams`, attached by the
 * adapters), said in each language. The English sentence is the adapters' own `reason` text, word for word (a
 * table test checks it for every code), so `--lang en` reads as it always did; the Vietnamese one says the
 * same, naming the same values.
 *
 * @example
 * ```ts
 * IMPORT_REASON_MESSAGES.vi['not-a-leaf']({ header: 'Ghi chú' })
 * // 'tiêu đề "Ghi chú" không phải mã tiêu chí lá (ánh xạ nó bằng tệp ánh xạ cột)'
 * ```
 */
export const IMPORT_REASON_MESSAGES = {
  vi: {
    'not-a-number': (p: Params) =>
      `${atVi(p)}cần một số (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không, hoặc ô trống`,
    'spreadsheet-error': (p: Params) =>
      `${atVi(p)}giá trị lỗi của bảng tính (${p.value}), không phải một giá trị: sửa công thức, để trống ô (thiếu số liệu) hoặc ghi NA/KAD nếu tiêu chí không áp dụng`,
    'date-not-number': (p: Params) =>
      `${atVi(p)}một ngày tháng (${p.value}), không phải một số: bảng tính có thể đã đổi một số như 7.5 thành ngày tháng; hãy định dạng ô là số`,
    'ambiguous-exponent': (p: Params) =>
      `${atVi(p)}ký hiệu khoa học không rõ nghĩa "${p.value}": hãy viết phần định trị bằng dấu chấm (${p.fixed})`,
    'two-ways': (p: Params) =>
      `${atVi(p)}đọc được theo hai cách: "${p.separator}" phân tách hàng nghìn ở chỗ khác trong cột này (${p.address ?? `dòng ${p.row}`}), nên ${p.value} có thể là ${p.whole} hoặc một số thập phân; hãy nói dấu nào là dấu thập phân bằng decimal: "${p.other}" hoặc "${p.separator}" trong tệp ánh xạ`,
    'above-maximum': (p: Params) => `${atVi(p)}${p.value} vượt quá điểm tối đa ${p.max}`,
    'note-without-input': (p: Params) => `${atVi(p)}ghi chú không có ô nhập số liệu nào để gắn vào`,
    'evidence-not-a-date': (p: Params) =>
      `${atVi(p)}"${p.value}" không phải ngày tháng (cần dd/mm/yyyy, ví dụ 15/03/2023)`,
    'no-unit-code': () => 'dòng không có mã đơn vị',
    'unit-code-too-long': (p: Params) => `${whoVi(p)}mã đơn vị dài quá 200 ký tự`,
    'invisible-in-unit-code': (p: Params) =>
      `mã đơn vị ${JSON.stringify(p.code)} chứa một ký tự vô hình (${p.character}): hãy xoá ký tự đó, nếu không mã này chỉ một đơn vị khác với đơn vị nó trông giống`,
    'not-a-unit-code': () => 'không phải mã đơn vị hợp lệ',
    'duplicate-unit': (p: Params) =>
      `đơn vị "${p.unit}" bị lặp (lần đầu ở ${p.line === 'column' ? 'cột' : 'dòng'} ${p.first})`,
    'blank-row': () => 'dòng trống',
    'above-header': () => 'nằm trên dòng tiêu đề (tên bảng)',
    'no-period': () => 'dòng không có kỳ (ô ở cột kỳ để trống)',
    'no-header': () => 'không có tiêu đề',
    'value-without-header': () => 'có giá trị trong một cột không có tiêu đề',
    'not-a-leaf': (p: Params) =>
      `tiêu đề "${p.header}" không phải mã tiêu chí lá (ánh xạ nó bằng tệp ánh xạ cột)`,
    'no-such-leaf': (p: Params) => `bộ chỉ số không có tiêu chí lá "${p.node}"`,
    'ignored-by-mapping': () => 'tệp ánh xạ cột bảo bỏ qua',
    'duplicate-column': (p: Params) => `lặp lại cột ${p.label} ("${p.name}") đã có trước đó`,
    'duplicate-column-value': (p: Params) =>
      `lặp lại cột ${p.label} ("${p.name}") đã có trước đó, với một giá trị khác (ở đó là ${JSON.stringify(p.other)}): hãy xoá hoặc ánh xạ một trong hai cột`,
    'merged-header': (p: Params) => `thuộc ô tiêu đề gộp ${p.master}`,
    'merged-cell': (p: Params) => `thuộc ô gộp ${p.master}`,
    'note-without-value': (p: Params) =>
      `cột "${p.header}": bảng không có cột giá trị nào của ${p.place} để gắn ${noteVi(p.note)} này vào`,
    'note-not-a-date': (p: Params) =>
      `cột "${p.header}": "${p.value}" không phải ngày tháng (cần dd/mm/yyyy hoặc yyyy-mm-dd, ví dụ 15/03/2023)`,
    'not-a-long-column': (p: Params) =>
      `cột "${p.header}" không phải một trong các cột "unit", "node", "value", "field", "source", "round", "name", "group", "explanation", "comment", "evidence.<thuộc tính>"`,
    'note-without-observation': (p: Params) =>
      `cột "${p.header}": dòng không nêu tiêu chí và giá trị nào để gắn ghi chú này vào`,
    'not-a-node-code': (p: Params) => `"${p.node}" không phải mã tiêu chí`,
    'not-a-field-name': (p: Params) => `"${p.field}" không phải tên trường`,
    'not-a-source': (p: Params) =>
      `"${p.source}" không phải nguồn số liệu ("self", "appraisal", "survey", "statistic")`,
    'not-a-round-code': (p: Params) =>
      `"${p.round}" không phải mã vòng đánh giá (chữ thường, chữ số và dấu gạch ngang: "self", "appraisal", "re-appraisal")`,
    'template-headings': () => 'các dòng tên bảng và tiêu đề',
    'criterion-text': () => 'nội dung tiêu chí (đã khoá)',
    'outside-template': () => 'nằm ngoài các cột của sổ mẫu',
    'earlier-round-copy': () =>
      'bản sao chỉ đọc của một vòng trước (số liệu các vòng trước được đọc từ phần mô tả của sổ)',
    'value-without-criterion': () => 'có giá trị ở một dòng không có mã tiêu chí',
    'not-an-input-criterion': (p: Params) =>
      `"${p.criterion}" không phải tiêu chí nhập số liệu (điểm của nó tính từ các tiêu chí con)`,
    'empty-row': () => 'dòng trống',
    'area-row': () => 'dòng lĩnh vực: tính từ các tiêu chí của nó',
    'no-unit-for-column': () => 'cột này không ứng với đơn vị nào',
    'sheet-not-in-template': () => 'một trang tính mà sổ mẫu không có',
    'field-not-read': (p: Params) =>
      `tiêu chí "${p.criterion}" không đọc trường "${p.field}"${p.fields === undefined ? '' : ` (tiêu chí này đọc ${p.fields})`}`,
    'weight-0': () => 'trọng số bằng 0',
    'no-usable-answer': () => 'không có câu trả lời dùng được cho câu hỏi nào của đặc tả',
    'not-a-spec-column': () => 'không phải cột của đặc tả khảo sát',
    'respondent-without-unit': (p: Params) => `${whoVi(p)}người trả lời không có đơn vị`,
    'unit-not-in-spec': (p: Params) =>
      `${whoVi(p)}đơn vị "${p.unit}" không có trong danh sách đơn vị của đặc tả`,
    'no-weight': (p: Params) => `${whoVi(p)}người trả lời không có trọng số`,
    'bad-weight': (p: Params) => `${whoVi(p)}trọng số "${p.weight}" không phải một số ≥ 0`,
    'not-an-answer': (p: Params) =>
      `${whoVi(p)}câu hỏi ${p.item}: "${p.value}" không phải câu trả lời của câu hỏi (${p.answers === undefined ? `một số từ ${p.min} đến ${p.max}` : `các câu trả lời ${p.answers}`})`,
    'coinr-time': () => 'cột Time của COINr (chỉ nhập một kỳ)',
    'coinr-group': () => 'cột nhóm của COINr (chỉ dùng khi được nêu bằng --group)',
    'coinr-denominator': () => 'mẫu số của COINr (chỉ dùng khi chia theo mẫu số: --denominate)',
    'coinr-not-indicator': () => 'không phải chỉ số trong iMeta',
    'formula-without-value': (p: Params) =>
      `công thức chưa có giá trị lưu sẵn (=${p.formula}): tính là thiếu số liệu; hãy mở và lưu tệp bằng Excel để lưu kết quả`,
  },
  en: {
    'not-a-number': (p: Params) =>
      `${atEn(p)}expected a number (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không (yes/no), or an empty cell`,
    'spreadsheet-error': (p: Params) =>
      `${atEn(p)}a spreadsheet error value (${p.value}), not a value: fix the formula, leave the cell empty (missing) or write NA/KAD if the criterion does not apply`,
    'date-not-number': (p: Params) =>
      `${atEn(p)}a date (${p.value}), not a number: a spreadsheet may have turned a number such as 7.5 into a date; format the cell as a number`,
    'ambiguous-exponent': (p: Params) =>
      `${atEn(p)}ambiguous scientific notation "${p.value}": write the mantissa with a point (${p.fixed})`,
    'two-ways': (p: Params) =>
      `${atEn(p)}read two ways: "${p.separator}" groups thousands elsewhere in this column (${p.address ?? `row ${p.row}`}), so ${p.value} could be ${p.whole} or a decimal; say which separator is the decimal one with decimal: "${p.other}" or "${p.separator}" in the mapping`,
    'above-maximum': (p: Params) => `${atEn(p)}${p.value} is above the maximum ${p.max}`,
    'note-without-input': (p: Params) => `${atEn(p)}a note with no input cell to attach it to`,
    'evidence-not-a-date': (p: Params) =>
      `${atEn(p)}"${p.value}" is not a date (expected dd/mm/yyyy, e.g. 15/03/2023)`,
    'no-unit-code': () => 'the row has no unit code',
    'unit-code-too-long': (p: Params) => `${whoEn(p)}the unit code is longer than 200 characters`,
    'invisible-in-unit-code': (p: Params) =>
      `the unit code ${JSON.stringify(p.code)} holds an invisible character (${p.character}): remove it, or it names a different unit than it seems to`,
    'not-a-unit-code': () => 'not a unit code',
    'duplicate-unit': (p: Params) => `duplicate unit "${p.unit}" (first in ${p.line} ${p.first})`,
    'blank-row': () => 'blank row',
    'above-header': () => 'above the header row (titles)',
    'no-period': () => 'the row has no period (the period column is empty)',
    'no-header': () => 'no header',
    'value-without-header': () => 'a value in a column without a header',
    'not-a-leaf': (p: Params) => `the header "${p.header}" is not a leaf code (map it with a mapping file)`,
    'no-such-leaf': (p: Params) => `the methodology has no leaf "${p.node}"`,
    'ignored-by-mapping': () => 'ignored by the mapping',
    'duplicate-column': (p: Params) => `the same column as column ${p.label} ("${p.name}") appears again`,
    'duplicate-column-value': (p: Params) =>
      `the same column as column ${p.label} ("${p.name}") appears again, with another value (${JSON.stringify(p.other)} there): remove or map one of the two columns`,
    'merged-header': (p: Params) => `part of the merged header cell ${p.master}`,
    'merged-cell': (p: Params) => `part of the merged cell ${p.master}`,
    'note-without-value': (p: Params) =>
      `column "${p.header}": the table has no value column for ${p.place} to attach this ${p.note} to`,
    'note-not-a-date': (p: Params) =>
      `column "${p.header}": "${p.value}" is not a date (expected dd/mm/yyyy or yyyy-mm-dd, e.g. 15/03/2023)`,
    'not-a-long-column': (p: Params) =>
      `the column "${p.header}" is not one of unit, node, value, field, source, round, name, group, explanation, comment, evidence.<property>`,
    'note-without-observation': (p: Params) =>
      `column "${p.header}": the row names no node and value to attach this note to`,
    'not-a-node-code': (p: Params) => `"${p.node}" is not a node code`,
    'not-a-field-name': (p: Params) => `"${p.field}" is not a field name`,
    'not-a-source': (p: Params) => `"${p.source}" is not a source (self, appraisal, survey, statistic)`,
    'not-a-round-code': (p: Params) =>
      `"${p.round}" is not a round code (lowercase letters, digits and dashes: self, appraisal, re-appraisal)`,
    'template-headings': () => 'title and heading rows',
    'criterion-text': () => 'criterion text (locked)',
    'outside-template': () => 'outside the template’s columns',
    'earlier-round-copy': () =>
      'read-only copy of an earlier round (the earlier rounds are read from the workbook’s description)',
    'value-without-criterion': () => 'a value in a row without a criterion code',
    'not-an-input-criterion': (p: Params) =>
      `"${p.criterion}" is not an input criterion (its points come from its children)`,
    'empty-row': () => 'empty row',
    'area-row': () => 'area row: computed from its criteria',
    'no-unit-for-column': () => 'no unit for this column',
    'sheet-not-in-template': () => 'a sheet the template did not have',
    'field-not-read': (p: Params) =>
      `criterion "${p.criterion}" does not read "${p.field}"${p.fields === undefined ? '' : ` (it reads ${p.fields})`}`,
    'weight-0': () => 'weight 0',
    'no-usable-answer': () => 'no usable answer to any item of the spec',
    'not-a-spec-column': () => 'not a column of the spec',
    'respondent-without-unit': (p: Params) => `${whoEn(p)}the respondent has no unit`,
    'unit-not-in-spec': (p: Params) => `${whoEn(p)}unit "${p.unit}" is not among the spec's units`,
    'no-weight': (p: Params) => `${whoEn(p)}the respondent has no weight`,
    'bad-weight': (p: Params) => `${whoEn(p)}the weight "${p.weight}" is not a number ≥ 0`,
    'not-an-answer': (p: Params) =>
      `${whoEn(p)}item ${p.item}: "${p.value}" is not an answer of the item (${p.answers === undefined ? `a number from ${p.min} to ${p.max}` : `answers ${p.answers}`})`,
    'coinr-time': () => 'COINr Time column (one period is imported)',
    'coinr-group': () => 'COINr group column (not used unless named by --group)',
    'coinr-denominator': () => 'COINr denominator (used only by Denominate: --denominate)',
    'coinr-not-indicator': () => 'not an indicator of iMeta',
    'formula-without-value': (p: Params) =>
      `formula without a cached value (=${p.formula}): read as missing; open and save the file in Excel to store its result`,
  },
} as const satisfies Record<'vi' | 'en', Record<ReasonCode, (params: Params) => string>>

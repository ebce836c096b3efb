import { REASON_SENTENCES, type ReasonCode } from '@chiso/adapters'

/** The values a coded reason names, as the adapters attach them (`reasonParams`); absent values are undefined. */
type Params = Readonly<Record<string, string | undefined>>

// The place before a rejected cell's cause, as the adapters' sentences put it: a wide table's column and unit, a long
// table's unit and node, a workbook's criterion and unit (nothing when the cell is said alone).
const atVi = (p: Params) =>
  p.column !== undefined
    ? `cột "${p.column}", đơn vị "${p.unit}": `
    : p.node !== undefined
      ? `đơn vị "${p.unit}", tiêu chí "${p.node}": `
      : p.criterion !== undefined
        ? `tiêu chí "${p.criterion}", đơn vị "${p.unit}": `
        : ''
// A survey's respondent, when it names them.
const whoVi = (p: Params) => (p.respondent === undefined ? '' : `người trả lời ${p.respondent}: `)
// A note column's kind (explanation, comment, evidence) in Vietnamese.
const noteVi = (note: string | undefined) =>
  note === 'explanation' ? 'lời giải trình' : note === 'comment' ? 'nhận xét' : 'minh chứng'

/**
 * Every reason of an import report (its stable code `reasonCode` and values `reasonParams`, attached by the
 * adapters), said in each language. The English sentences are the adapters' own table (`REASON_SENTENCES`), so
 * `--lang en` reads as the reports' `reason` text always did; the Vietnamese one says the
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
  // English is the adapters' own sentences (what JSON and `--report` files carry): one table, not a copy.
  en: REASON_SENTENCES,
} as const satisfies Record<'vi' | 'en', Record<ReasonCode, (params: Params) => string>>

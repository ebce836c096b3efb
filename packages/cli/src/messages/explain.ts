/**
 * The words of `chiso explain`'s text: the unit's header (index, rank, band), each node's summary (points of
 * the maximum, not applicable, missing…), a node's trace in detail (rule, inputs, origins, evidence, children,
 * steps) and the diagnostics. English is word for word what core's `explain()` writes.
 *
 * @example
 * ```ts
 * EXPLAIN_MESSAGES.vi.points('9', '10', '90') // '9 / 10 điểm (90 %)'
 * EXPLAIN_MESSAGES.en.points('9', '10', '90') // '9 of 10 points (90 %)'
 * ```
 */
export const EXPLAIN_MESSAGES = {
  vi: {
    nodeTitle: (node: string, title: string, unit: string) => `${node} ${title} — đơn vị ${unit}`,
    index: (display: string, exact: string) => `chỉ số ${display} (chính xác ${exact})`,
    ofApplicable: (score: string, max: string) => ` = ${score} / ${max} điểm áp dụng`,
    rankBand: (rank: string, band: string) => `, hạng ${rank}, xếp loại ${band}`,
    notApplicable: 'không áp dụng',
    missing: 'không có số liệu (bỏ qua)',
    error: 'lỗi (xem các vấn đề về số liệu)',
    imputed: ', ước tính bổ sung',
    rank: (rank: string) => `, hạng ${rank}`,
    value: (value: string) => `giá trị ${value}`,
    points: (score: string, max: string, index: string) => `${score} / ${max} điểm (${index})`,
    rule: (rule: string, options: string, inputs: string, result: string) =>
      `cách chấm ${rule} ${options} với ${inputs} → ${result}`,
    noInputs: 'không có đầu vào',
    note: 'ghi chú',
    from: (field: string, where: string) => `${field} lấy từ ${where}`,
    evidence: 'tài liệu kiểm chứng',
    explanation: 'giải trình',
    comment: 'nhận xét',
    aggregate: (aggregator: string, options: string, result: string) =>
      `gộp điểm theo ${aggregator} ${options} → ${result}`,
    child: (value: string, max: string | null, weight: string) =>
      `${value}${max === null ? '' : ` / ${max}`} × trọng số ${weight}`,
    childStatus: {
      used: 'được dùng',
      na: 'không áp dụng',
      missing: 'không có số liệu',
      error: 'lỗi',
    } as Record<string, string>,
    noTrace: 'không có vết tính (chấm điểm với trace: true)',
    step: (step: string, by: string, from: string, to: string) => `${step} theo ${by}: ${from} → ${to}`,
    // What a step that is not a method goes by (core writes it in English: `max`, `bounds`, `2 decimals, half-up`).
    stepBy: {
      max: 'điểm tối đa',
      bounds: 'khoảng cho phép',
      decimals: (decimals: string, mode: string) => `${decimals} chữ số thập phân, ${mode}`,
      modes: {
        'half-up': 'làm tròn nửa lên',
        'half-even': 'làm tròn nửa về số chẵn',
        down: 'làm tròn xuống',
        up: 'làm tròn lên',
      } as Record<string, string>,
    },
    steps: {
      normalise: 'quy đổi',
      round: 'làm tròn',
      cap: 'giới hạn trên',
      clamp: 'đưa về khoảng',
      scale: 'đổi thang',
      denominate: 'chia mẫu số',
      impute: 'ước tính bổ sung',
      treat: 'điều chỉnh giá trị bất thường',
    } as Record<string, string>,
    stepMissing: '(không có)',
    where: { sheet: 'trang tính', row: 'hàng', column: 'cột', round: 'vòng' },
    evidenceOf: (date: string) => `ngày ${date}`,
    evidenceFile: (file: string) => `tệp ${file}`,
    evidencePage: (page: string) => `tại trang ${page}`,
    cohort: 'cả nhóm',
    at: (node: string) => ` tại ${node}`,
    diagnostics: 'vấn đề về số liệu:',
  },
  en: {
    nodeTitle: (node: string, title: string, unit: string) => `${node} ${title} — unit ${unit}`,
    index: (display: string, exact: string) => `index ${display} (exact ${exact})`,
    ofApplicable: (score: string, max: string) => ` = ${score} of ${max} applicable points`,
    rankBand: (rank: string, band: string) => `, rank ${rank}, band ${band}`,
    notApplicable: 'not applicable',
    missing: 'missing (left out)',
    error: 'error (see diagnostics)',
    imputed: ', imputed',
    rank: (rank: string) => `, rank ${rank}`,
    value: (value: string) => `value ${value}`,
    points: (score: string, max: string, index: string) => `${score} of ${max} points (${index})`,
    rule: (rule: string, options: string, inputs: string, result: string) =>
      `rule ${rule} ${options} on ${inputs} → ${result}`,
    noInputs: 'no inputs',
    note: 'note',
    from: (field: string, where: string) => `${field} from ${where}`,
    evidence: 'evidence',
    explanation: 'explanation',
    comment: 'comment',
    aggregate: (aggregator: string, options: string, result: string) =>
      `aggregate ${aggregator} ${options} → ${result}`,
    child: (value: string, max: string | null, weight: string) =>
      `${value}${max === null ? '' : ` of ${max}`} × weight ${weight}`,
    childStatus: { used: 'used', na: 'na', missing: 'missing', error: 'error' } as Record<string, string>,
    noTrace: 'no trace recorded (evaluate with trace: true)',
    step: (step: string, by: string, from: string, to: string) => `${step} by ${by}: ${from} → ${to}`,
    stepBy: {
      max: 'max',
      bounds: 'bounds',
      decimals: (decimals: string, mode: string) => `${decimals} decimals, ${mode}`,
      modes: { 'half-up': 'half-up', 'half-even': 'half-even', down: 'down', up: 'up' } as Record<
        string,
        string
      >,
    },
    steps: {
      normalise: 'normalise',
      round: 'round',
      cap: 'cap',
      clamp: 'clamp',
      scale: 'scale',
      denominate: 'denominate',
      impute: 'impute',
      treat: 'treat',
    } as Record<string, string>,
    stepMissing: '(missing)',
    where: { sheet: 'sheet', row: 'row', column: 'column', round: 'round' },
    evidenceOf: (date: string) => `of ${date}`,
    evidenceFile: (file: string) => `file ${file}`,
    evidencePage: (page: string) => `p. ${page}`,
    cohort: 'cohort',
    at: (node: string) => ` at ${node}`,
    diagnostics: 'diagnostics:',
  },
} as const

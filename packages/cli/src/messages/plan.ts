/**
 * The words of a rank plan (`chiso plan`'s text, and the plan in `chiso report`): the target, whether the plan
 * is the cheapest, why criteria were left out — in plain sentences an official can read without knowing how the
 * plan was searched for.
 *
 * @example
 * ```ts
 * PLAN_MESSAGES.vi.optimal   // 'tối ưu'
 * PLAN_MESSAGES.en.title('lang-chanh', 'reach rank 5 (now 9)') // 'Plan for lang-chanh — reach rank 5 (now 9)'
 * ```
 */
export const PLAN_MESSAGES = {
  vi: {
    title: (unit: string, target: string) => `Kế hoạch nâng hạng cho ${unit} — ${target}`,
    targetRise: (ranks: number, now: number, target: number) =>
      `tăng ${ranks} hạng: từ hạng ${now} lên hạng ${target} hoặc cao hơn`,
    targetRank: (target: number, now: number) => `đạt hạng ${target} (hiện đang hạng ${now})`,
    targetOvertake: (unit: string, target: number, now: number) =>
      `vượt ${unit} (hạng ${target}; hiện đang hạng ${now})`,
    targetValues: (values: string) => `đạt ${values}`,
    targetRankAndValues: (rank: string, values: string) => `${rank}; và đạt ${values}`,
    valueTarget: (criterion: string, fromTo: string, required: string) =>
      `Mục tiêu giá trị ${criterion}: ${fromTo} điểm, cần ${required}`,
    wholeIndex: (on: 'index' | 'points', required: string) =>
      on === 'index' ? `chỉ số chung ≥ ${required}` : `tổng điểm ≥ ${required}`,
    wholeIndexTarget: (what: string, fromTo: string, required: string) =>
      `Mục tiêu ${what}: ${fromTo}, cần ${required}`,
    wholeIndexWhat: (on: 'index' | 'points') => (on === 'index' ? 'chỉ số chung' : 'tổng điểm'),
    unreachableFloor: (on: 'index' | 'points', best: string, required: string) =>
      `Không thể đạt mục tiêu: kể cả khi mọi tiêu chí đơn vị có thể cải thiện đều đạt mức cao nhất, ${on === 'index' ? 'chỉ số chung' : 'tổng điểm'} cũng chỉ là ${best}, chưa đến ${required}.`,
    valueMet: 'đã đạt',
    valueNotMet: 'chưa đạt',
    peers: {
      fixed: 'các đơn vị khác giữ nguyên điểm hiện tại',
      'last-year': 'các đơn vị khác được dự báo thay đổi như từ năm trước đến nay',
      uniform: 'mọi đơn vị khác được dự báo tăng cùng một mức',
    },
    status: 'Kết quả',
    optimal: 'tối ưu',
    bestFound: 'tốt nhất tìm được',
    optimalWhy: 'đây là phương án có tổng chi phí thấp nhất để đạt mục tiêu.',
    bestFoundWhy:
      'phương án này đạt mục tiêu, nhưng chưa chứng minh được là rẻ nhất; có thể còn phương án rẻ hơn.',
    bestFoundBound: (bound: string) =>
      `phương án này đạt mục tiêu; có thể còn phương án rẻ hơn, nhưng không phương án nào có chi phí dưới ${bound}.`,
    met: (rank: number, index: string) =>
      `Đã đạt mục tiêu: đơn vị đang ở hạng ${rank}, chỉ số ${index}. Không cần thay đổi gì.`,
    unreachable: 'Không thể đạt mục tiêu.',
    unreachableBest: (index: string, rank: string, target: string) =>
      `Không thể đạt mục tiêu: kể cả khi mọi tiêu chí đơn vị có thể cải thiện đều đạt mức cao nhất, chỉ số cũng chỉ là ${index} (hạng ${rank}), chưa đến hạng ${target}.`,
    unreachableCost: (cost: string, cap: string) =>
      `Không thể đạt mục tiêu trong mức chi phí cho phép: phương án rẻ nhất tìm được cần ${cost}, vượt mức trần ${cap}.`,
    verified: 'Đã kiểm tra: chấm điểm lại với số liệu sau khi thay đổi thì đạt mục tiêu.',
    notVerified: 'CHƯA được xác nhận: chấm điểm lại với số liệu sau khi thay đổi không đạt mục tiêu.',
    criterion: 'Tiêu chí',
    content: 'Nội dung',
    fromTo: 'Từ → đến',
    yes: 'có',
    no: 'không',
    points: 'Điểm tăng',
    index: 'Chỉ số tăng',
    cost: 'Chi phí',
    total: (cost: string, index: string, rank: string) =>
      `Tổng chi phí ${cost} · chỉ số ${index} · hạng ${rank}`,
    band: (band: string) => `xếp loại ${band}`,
    overtakes: (units: string) => `Vượt qua: ${units}`,
    notPlanned: (count: number, reasons: string) =>
      `${count} tiêu chí không đưa vào kế hoạch: ${reasons} (chi tiết: thêm --json)`,
    why: {
      locked: 'được giữ nguyên theo yêu cầu (--lock)',
      costsFile: 'được ghi là không thay đổi được trong tệp chi phí',
      source: (source: string) => `là ${source}, đơn vị không tự thay đổi được`,
      notApplicable: 'không áp dụng cho đơn vị',
      missing: 'chưa có số liệu của đơn vị',
      failed: 'chưa chấm được điểm cho đơn vị',
      atBest: 'đã đạt điểm tối đa',
      noTotal: 'thiếu tổng số để tính mức cần đạt',
      noValue: 'với số liệu hiện tại chưa có điểm',
      noCeiling: 'chưa biết mức cao nhất có thể đạt (ghi upTo trong tệp chi phí)',
      noBetter: 'không còn mức cao hơn để đạt',
      rule: (rule: string) =>
        `cách chấm điểm ${rule} chưa lập kế hoạch được (thêm một bước trong tệp chi phí)`,
      other: 'lý do khác',
    },
    sources: {
      survey: 'kết quả điều tra xã hội học',
      statistic: 'số liệu thống kê',
      appraisal: 'kết quả thẩm định',
      self: 'kết quả tự đánh giá',
    },
  },
  en: {
    title: (unit: string, target: string) => `Plan for ${unit} — ${target}`,
    targetRise: (ranks: number, now: number, target: number) =>
      `rise ${ranks} rank${ranks === 1 ? '' : 's'}: rank ${now} → ${target} or better`,
    targetRank: (target: number, now: number) => `reach rank ${target} (now ${now})`,
    targetOvertake: (unit: string, target: number, now: number) =>
      `overtake ${unit} (rank ${target}; now ${now})`,
    targetValues: (values: string) => `reach ${values}`,
    targetRankAndValues: (rank: string, values: string) => `${rank}; and reach ${values}`,
    valueTarget: (criterion: string, fromTo: string, required: string) =>
      `Value target ${criterion}: ${fromTo} points, required ${required}`,
    wholeIndex: (on: 'index' | 'points', required: string) =>
      on === 'index' ? `index ≥ ${required}` : `points ≥ ${required}`,
    wholeIndexTarget: (what: string, fromTo: string, required: string) =>
      `Target on the ${what}: ${fromTo}, required ${required}`,
    wholeIndexWhat: (on: 'index' | 'points') => (on === 'index' ? 'whole index' : 'total points'),
    unreachableFloor: (on: 'index' | 'points', best: string, required: string) =>
      `The target cannot be reached: even with every criterion the unit can improve at its best, the ${on === 'index' ? 'index' : 'points'} would be ${best}, short of ${required}.`,
    valueMet: 'met',
    valueNotMet: 'not met',
    peers: {
      fixed: 'peers fixed at their current scores',
      'last-year': 'peers projected: each repeats its change since last year',
      uniform: 'peers projected: every peer improves by the same amount',
    },
    status: 'Status',
    optimal: 'optimal',
    bestFound: 'best found',
    optimalWhy: 'no other plan reaches the target for less.',
    bestFoundWhy: 'this plan reaches the target, but it is not proven the cheapest; a cheaper one may exist.',
    bestFoundBound: (bound: string) =>
      `this plan reaches the target; a cheaper one may exist, but none costs less than ${bound}.`,
    met: (rank: number, index: string) => `Already met: rank ${rank}, index ${index}. Nothing to do.`,
    unreachable: 'The target cannot be reached.',
    unreachableBest: (index: string, rank: string, target: string) =>
      `The target cannot be reached: even with every criterion the unit can improve at its best, the index would be ${index} (rank ${rank}), short of rank ${target}.`,
    unreachableCost: (cost: string, cap: string) =>
      `The target cannot be reached within the cost cap: the cheapest plan found costs ${cost}, more than ${cap}.`,
    verified: 'Verified: the changed data was re-scored by the engine and meets the target.',
    notVerified: 'NOT verified: re-scoring did not confirm the target.',
    criterion: 'Criterion',
    content: 'Title',
    fromTo: 'From → to',
    yes: 'yes',
    no: 'no',
    points: 'Points',
    index: 'Index',
    cost: 'Cost',
    total: (cost: string, index: string, rank: string) =>
      `Total cost ${cost} · index ${index} · rank ${rank}`,
    band: (band: string) => `band ${band}`,
    overtakes: (units: string) => `Overtakes: ${units}`,
    notPlanned: (count: number, reasons: string) =>
      `${count} criteri${count === 1 ? 'on' : 'a'} not planned: ${reasons} (details with --json)`,
    why: {
      locked: 'kept as they are (--lock)',
      costsFile: 'marked not controllable in the costs file',
      source: (source: string) => `${source}, which the unit cannot change directly`,
      notApplicable: 'not applicable to the unit',
      missing: 'no value for the unit',
      failed: 'not scored for the unit',
      atBest: 'already at full points',
      noTotal: 'no total to plan against',
      noValue: 'no points for the current values',
      noCeiling: 'no known highest value (give upTo in the costs file)',
      noBetter: 'no higher level to reach',
      rule: (rule: string) => `rule ${rule} cannot be planned (give it a step in the costs file)`,
      other: 'other reasons',
    },
    sources: {
      survey: 'survey results',
      statistic: 'statistics',
      appraisal: 'appraisal results',
      self: 'self-assessment results',
    },
  },
} as const

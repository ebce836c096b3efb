/**
 * The words of `chiso progress`: its title, whether a target is met, the trend, and the owners' summary.
 *
 * @example
 * ```ts
 * PROGRESS_MESSAGES.vi.met // 'đạt'
 * PROGRESS_MESSAGES.en.met // 'met'
 * ```
 */
export const PROGRESS_MESSAGES = {
  vi: {
    title: 'Tiến độ thực hiện mục tiêu',
    met: 'đạt',
    notMet: 'chưa đạt',
    byOwner: 'Việc còn lại theo cơ quan phụ trách (kỳ gần nhất của mỗi đơn vị)',
    whole: '(toàn chỉ số)',
    unassigned: '(chưa giao)',
    trend: { better: 'tốt lên', worse: 'giảm', same: 'như cũ' },
  },
  en: {
    title: 'Progress toward targets',
    met: 'met',
    notMet: 'not met',
    byOwner: 'Open gaps by owner (each unit’s latest period)',
    whole: '(whole index)',
    unassigned: '(no owner)',
    trend: { better: 'better', worse: 'worse', same: 'same' },
  },
} as const

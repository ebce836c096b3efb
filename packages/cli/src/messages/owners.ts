/**
 * The words of the owners section of `chiso report` (each office's plan steps and lost points).
 *
 * @example
 * ```ts
 * OWNERS_MESSAGES.vi.note // 'Mỗi cơ quan: các bước trong kế hoạch và các tiêu chí còn mất điểm nhiều nhất.'
 * ```
 */
export const OWNERS_MESSAGES = {
  vi: {
    title: (name: string) => `Theo cơ quan phụ trách — ${name}`,
    planTitle: 'Theo cơ quan phụ trách',
    note: 'Mỗi cơ quan: các bước trong kế hoạch và các tiêu chí còn mất điểm nhiều nhất.',
    owner: 'Cơ quan phụ trách',
    steps: 'Bước trong kế hoạch',
    gaps: 'Tiêu chí còn mất điểm',
    lost: 'điểm mất',
    none: '(chưa giao)',
  },
  en: {
    title: (name: string) => `By owner — ${name}`,
    planTitle: 'By owner',
    note: 'Each office: its steps of the plan and the criteria where the unit loses most points.',
    owner: 'Owner',
    steps: 'Plan steps',
    gaps: 'Points lost',
    lost: 'points lost',
    none: '(no owner)',
  },
} as const

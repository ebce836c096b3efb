/**
 * The words of `chiso validate`'s text output: what a valid file is, and how many errors an invalid one has.
 *
 * @example
 * ```ts
 * VALIDATE_MESSAGES.vi.invalid(1) // '1 lỗi'
 * VALIDATE_MESSAGES.en.invalid(2) // '2 errors'
 * ```
 */
export const VALIDATE_MESSAGES = {
  vi: {
    registry: (records: string, events: string) => `danh mục đơn vị hợp lệ (${records}, ${events})`,
    panel: (periods: number, list: string, units: string, observations: string) =>
      `bộ số liệu nhiều kỳ hợp lệ (${periods} kỳ: ${list}; ${units}, ${observations})`,
    dataset: (units: string, observations: string) => `bộ số liệu hợp lệ (${units}, ${observations})`,
    methodology: (reference: string, leaves: string, fingerprint: string) =>
      `bộ chỉ số hợp lệ ${reference} (${leaves}, ${fingerprint}…)`,
    invalid: (count: number) => `${count} lỗi`,
  },
  en: {
    registry: (records: string, events: string) => `valid unit registry (${records}, ${events})`,
    panel: (periods: number, list: string, units: string, observations: string) =>
      `valid panel (${periods} periods: ${list}; ${units}, ${observations})`,
    dataset: (units: string, observations: string) => `valid dataset (${units}, ${observations})`,
    methodology: (reference: string, leaves: string, fingerprint: string) =>
      `valid methodology ${reference} (${leaves}, ${fingerprint}…)`,
    invalid: (count: number) => `${count} error${count === 1 ? '' : 's'}`,
  },
} as const

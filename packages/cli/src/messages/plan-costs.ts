/**
 * Where a plan's costs came from, as `chiso plan --json` records it: the default model (no costs file), or
 * a costs file with its `description`.
 *
 * @example
 * ```ts
 * const model: CostModel = { kind: 'default', result: 'points' }
 * const fromFile: CostModel = { kind: 'file', file: 'chi-phi.yaml', description: 'Triệu đồng (minh họa)' }
 * ```
 */
export type CostModel =
  | { readonly kind: 'default'; readonly result: 'points' | 'composite' }
  | { readonly kind: 'file'; readonly file: string; readonly description: string | null }

/**
 * The words that state a plan's cost model, in Vietnamese and English: without a costs file every point
 * costs the same, which an official must know before reading a total cost.
 *
 * @example
 * ```ts
 * PLAN_COSTS_MESSAGES.en.fromFile('costs.yaml', null) // 'Costs from costs.yaml.'
 * ```
 */
export const PLAN_COSTS_MESSAGES = {
  vi: {
    defaultPoints:
      'Chi phí: chưa có tệp chi phí, nên mỗi điểm tăng được tính là 1 (mọi tiêu chí như nhau; tổng chi phí = tổng số điểm tăng). Muốn có chi phí thực tế (tiền, ngày công), hãy đưa tệp chi phí bằng --costs TỆP.',
    defaultComposite:
      'Chi phí: chưa có tệp chi phí, nên mỗi đơn vị giá trị tăng được tính là 1 (mọi chỉ tiêu như nhau). Muốn có chi phí thực tế (tiền, ngày công), hãy đưa tệp chi phí bằng --costs TỆP.',
    fromFile: (file: string, description: string | null) =>
      `Chi phí theo tệp ${file}${description === null ? '' : `: ${description}`}.`,
  },
  en: {
    defaultPoints:
      'Costs: no costs file, so every point gained costs 1 (all criteria alike; the total cost is the points gained). For real costs (money, days of work), give a costs file with --costs FILE.',
    defaultComposite:
      'Costs: no costs file, so every unit of value gained costs 1 (all indicators alike). For real costs (money, days of work), give a costs file with --costs FILE.',
    fromFile: (file: string, description: string | null) =>
      `Costs from ${file}${description === null ? '' : `: ${description}`}.`,
  },
} as const

/**
 * A plan's cost model in plain words.
 *
 * @example
 * ```ts
 * describeCostModel({ kind: 'default', result: 'points' }, 'vi')
 * // 'Chi phí: chưa có tệp chi phí, nên mỗi điểm tăng được tính là 1 …'
 * ```
 */
export function describeCostModel(model: CostModel, language: 'vi' | 'en'): string {
  const words = PLAN_COSTS_MESSAGES[language]
  if (model.kind === 'file') return words.fromFile(model.file, model.description)
  return model.result === 'points' ? words.defaultPoints : words.defaultComposite
}

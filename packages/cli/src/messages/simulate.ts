/**
 * The words of `chiso simulate`'s text output: the runs, the uncertain factors, the rank distribution table
 * and the sensitivity table.
 *
 * @example
 * ```ts
 * SIMULATE_MESSAGES.vi.headers.median // 'Trung vị'
 * ```
 */
export const SIMULATE_MESSAGES = {
  vi: {
    runs: (runs: number, seed: number) => `${runs} lần chạy · hạt giống ${seed} · tính bằng số thực float64`,
    matches: ' — thứ hạng danh nghĩa trùng với kết quả tính chính xác',
    differs: (units: string) => ` — CẢNH BÁO: thứ hạng danh nghĩa khác kết quả tính chính xác ở ${units}`,
    factors: (list: string) => `Yếu tố bất định: ${list}`,
    noFactors: 'không có (mọi lần chạy đều là xếp hạng danh nghĩa)',
    headers: {
      rank: 'Hạng',
      unit: 'Đơn vị',
      median: 'Trung vị',
      probability: (target: number) => `Xác suất hạng ≤ ${target}`,
      factor: 'Yếu tố',
      first: 'Bậc một',
      total: 'Tổng ảnh hưởng',
    },
    sensitivity: (unit: string, output: string) => `Độ nhạy của ${output} của ${unit}`,
    method: (samples: number, evaluations: number) =>
      ` (lấy mẫu Saltelli, ước lượng Jansen, ${samples} mẫu, ${evaluations} lần chạy, khoảng tin cậy bootstrap 95 %)`,
  },
  en: {
    runs: (runs: number, seed: number) =>
      `${runs} run${runs === 1 ? '' : 's'} · seed ${seed} · float64 kernel`,
    matches: ' — its nominal ranks equal the exact engine’s',
    differs: (units: string) => ` — WARNING: its nominal ranks differ from the exact engine’s for ${units}`,
    factors: (list: string) => `Uncertain factors: ${list}`,
    noFactors: 'none (every run is the nominal ranking)',
    headers: {
      rank: 'Rank',
      unit: 'Unit',
      median: 'Median',
      probability: (target: number) => `P(rank ≤ ${target})`,
      factor: 'Factor',
      first: 'First order',
      total: 'Total effect',
    },
    sensitivity: (unit: string, output: string) => `Sensitivity of ${unit}’s ${output}`,
    method: (samples: number, evaluations: number) =>
      ` (Saltelli sampling, Jansen estimators, ${samples} samples, ${evaluations} runs, 95 % bootstrap intervals)`,
  },
} as const

/**
 * The names of chiso's built-in normalisers, aggregators and pipeline steps (treat, impute) in words, keyed by
 * id, written to follow "by" (Vietnamese "theo"). `chiso explain --node --lang vi` names these methods by their
 * Vietnamese name; English keeps the id, as core's `explain()` writes it (a test holds the CLI's English equal
 * to it). A plugin's method, which has no name here, is named by its id in both languages. A leaf's rule keeps
 * its id in both languages (`cách chấm chiso/yes-no`): it is the `use:` the methodology file names, and the
 * guides show that line as it is.
 *
 * @example
 * ```ts
 * METHOD_NAMES.vi['chiso/min-max'] // 'thang từ nhỏ nhất đến lớn nhất (min-max)'
 * METHOD_NAMES.en['chiso/min-max'] // 'min-max rescaling'
 * ```
 */
export const METHOD_NAMES = {
  vi: {
    // Normalisers.
    'chiso/min-max': 'thang từ nhỏ nhất đến lớn nhất (min-max)',
    'chiso/goalposts': 'ngưỡng cố định',
    'chiso/z-score': 'điểm chuẩn hoá (z-score)',
    'chiso/percentile-rank': 'thứ hạng phần trăm',
    'chiso/rank': 'thứ hạng',
    'chiso/borda': 'điểm Borda',
    'chiso/fraction-of-max': 'tỷ lệ so với giá trị lớn nhất',
    'chiso/distance-to-target': 'khoảng cách tới mục tiêu',
    'chiso/distance-to-reference': 'khoảng cách tới đơn vị tham chiếu',
    'chiso/oriented': 'giá trị gốc (theo chiều của tiêu chí)',
    // Aggregators.
    'chiso/sum': 'tổng',
    'chiso/mean': 'trung bình cộng có trọng số',
    'chiso/geometric-mean': 'trung bình nhân có trọng số',
    'chiso/harmonic-mean': 'trung bình điều hoà có trọng số',
    'chiso/generalised-mean': 'trung bình tổng quát có trọng số',
    'chiso/min': 'giá trị nhỏ nhất của các tiêu chí con',
    // Steps of the pipeline: treating outliers, imputing missing values.
    'chiso/clip': 'khoảng cho trước (cắt phần vượt)',
    'chiso/winsorise': 'giá trị kề (winsorise)',
    'chiso/skew-kurtosis': 'độ lệch và độ nhọn của phân phối',
    'chiso/impute-mean': 'trung bình',
    'chiso/impute-median': 'trung vị',
    'chiso/impute-constant': 'một hằng số',
    'chiso/impute-last-period': 'giá trị kỳ trước',
  } as Readonly<Record<string, string>>,
  en: {
    'chiso/min-max': 'min-max rescaling',
    'chiso/goalposts': 'rescaling between fixed goalposts',
    'chiso/z-score': 'z-score',
    'chiso/percentile-rank': 'percentile rank',
    'chiso/rank': 'rank',
    'chiso/borda': 'Borda score',
    'chiso/fraction-of-max': 'fraction of the maximum',
    'chiso/distance-to-target': 'distance to a target',
    'chiso/distance-to-reference': 'distance to a reference unit',
    'chiso/oriented': 'the value as it is (in the node’s direction)',
    'chiso/sum': 'sum',
    'chiso/mean': 'weighted arithmetic mean',
    'chiso/geometric-mean': 'weighted geometric mean',
    'chiso/harmonic-mean': 'weighted harmonic mean',
    'chiso/generalised-mean': 'weighted generalised mean',
    'chiso/min': 'the smallest value',
    'chiso/clip': 'clipping to bounds',
    'chiso/winsorise': 'winsorising outliers',
    'chiso/skew-kurtosis': 'treating skew (by skewness and kurtosis)',
    'chiso/impute-mean': 'imputing the mean',
    'chiso/impute-median': 'imputing the median',
    'chiso/impute-constant': 'imputing a constant',
    'chiso/impute-last-period': 'imputing the last period’s value',
  } as Readonly<Record<string, string>>,
} as const

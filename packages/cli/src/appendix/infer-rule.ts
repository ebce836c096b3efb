import { dec } from '@chiso/core'

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`

// Only texts that name one rule and nothing more: the very sentences `chiso render` writes for a rule with its
// default options, in either language. Anything else (conditions, deadlines, several cases) is left to a person.
const YES_NO = [
  new RegExp(String.raw`^có\s*:\s*${NUMBER}\s*điểm\s*[;,]\s*không\s*:\s*0\s*điểm\.?$`, 'iu'),
  new RegExp(String.raw`^yes\s*:\s*${NUMBER}\s*points?\s*[;,]\s*no\s*:\s*0\s*points?\.?$`, 'iu'),
]
const POINTS = [
  new RegExp(String.raw`^điểm chấm \(thẩm định\) trực tiếp, từ 0 đến ${NUMBER} điểm\.?$`, 'iu'),
  new RegExp(String.raw`^points awarded directly \(appraised\), from 0 to ${NUMBER} points?\.?$`, 'iu'),
]
const PROPORTIONAL = [
  new RegExp(
    String.raw`^điểm theo tỷ lệ \(đã thực hiện ÷ tổng số\): ${NUMBER} × tỷ lệ \(đã thực hiện ÷ tổng số\), tối đa ${NUMBER} điểm\.?$`,
    'iu',
  ),
  new RegExp(
    String.raw`^points in proportion to the share \(done ÷ total\): ${NUMBER} × the share \(done ÷ total\), at most ${NUMBER} points?\.?$`,
    'iu',
  ),
]

/**
 * The rule a criterion's method text names unambiguously, given its maximum: `chiso/yes-no` for "Có: 1 điểm;
 * không: 0 điểm.", `chiso/proportional` for the share sentence, `chiso/points` for "points given directly" —
 * each only when the points it names are the maximum. Otherwise `undefined`: the caller keeps `chiso/points`
 * and the text, and says so.
 *
 * @example
 * ```ts
 * ruleFromMethod('Có: 1 điểm; không: 0 điểm.', '1') // { use: 'chiso/yes-no' }
 * ruleFromMethod('Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm', '1') // undefined
 * ```
 */
export function ruleFromMethod(method: string, max: string | null): { use: string } | undefined {
  const text = method.trim().replace(/\s+/g, ' ')
  if (text === '' || max === null) return undefined
  const same = (n: string | undefined) => n !== undefined && dec(n.replace(',', '.')).eq(max)
  for (const pattern of YES_NO) {
    const m = pattern.exec(text)
    if (m && same(m[1])) return { use: 'chiso/yes-no' }
  }
  for (const pattern of POINTS) {
    const m = pattern.exec(text)
    if (m && same(m[1])) return { use: 'chiso/points' }
  }
  for (const pattern of PROPORTIONAL) {
    const m = pattern.exec(text)
    if (m && same(m[1]) && same(m[2])) return { use: 'chiso/proportional' }
  }
  return undefined
}

import { describe, expect, it } from 'vitest'
import { excludedReason, planStatusText } from './plan-words.js'

describe('plan words', () => {
  it.each([
    ['already at its best', 'đã đạt điểm tối đa', 'already at full points'],
    [
      'not controllable by the unit (survey result)',
      'là kết quả điều tra xã hội học, đơn vị không tự thay đổi được',
      'survey results, which the unit cannot change directly',
    ],
    ['status na for the unit', 'không áp dụng cho đơn vị', 'not applicable to the unit'],
    ['no better value to reach', 'không còn mức cao hơn để đạt', 'no higher level to reach'],
    [
      'the inputs of acme/x cannot be planned (give it a step in the costs file?)',
      'cách chấm điểm acme/x chưa lập kế hoạch được (thêm một bước trong tệp chi phí)',
      'rule acme/x cannot be planned (give it a step in the costs file)',
    ],
    ['something new', 'lý do khác', 'something new'],
  ])('says why %s was left out', (why, vi, en) => {
    expect(excludedReason(why, 'vi')).toBe(vi)
    expect(excludedReason(why, 'en')).toBe(en)
  })

  it('says what a status means without the search method', () => {
    const bestFound = {
      status: 'best-found',
      lowerBound: '7.75',
      reason: 'exact knapsack; optimality not proven',
    } as const
    expect(planStatusText(bestFound, 'vi')).toBe(
      'phương án này đạt mục tiêu; có thể còn phương án rẻ hơn, nhưng không phương án nào có chi phí dưới 7.75.',
    )
    expect(planStatusText({ ...bestFound, lowerBound: null }, 'en')).not.toMatch(/knapsack|optimality/)
    const short = {
      status: 'unreachable',
      lowerBound: null,
      reason:
        'even with every plannable criterion at its best the index would be 81.20 (rank 18), short of rank 5',
    } as const
    expect(planStatusText(short, 'vi')).toBe(
      'Không thể đạt mục tiêu: kể cả khi mọi tiêu chí đơn vị có thể cải thiện đều đạt mức cao nhất, chỉ số cũng chỉ là 81.20 (hạng 18), chưa đến hạng 5.',
    )
    const cap = {
      status: 'unreachable',
      lowerBound: null,
      reason: 'the cheapest plan found costs 12, more than the cap 10',
    } as const
    expect(planStatusText(cap, 'en')).toBe(
      'The target cannot be reached within the cost cap: the cheapest plan found costs 12, more than 10.',
    )
    expect(planStatusText({ ...cap, reason: 'anything else' }, 'vi')).toBe('Không thể đạt mục tiêu.')
  })
})

// The answers of one survey item as its column writes them: a cell text becomes the index of a distinct answer,
// "no answer" or "rejected". A survey has few distinct answers per item and each cell text repeats thousands
// of times, so each text is read once and then found in a table.
import { dec } from '@chiso/core'
import { parseNumberText } from '../cell/number-text.js'
import type { ReasonParamsOf } from '../report/reason-code.js'
import type { SurveyItem } from './survey-spec.js'

/** What {@link ItemAnswers.answerOf} gives for a cell that is no answer (blank, or a no-answer code). */
export const NO_ANSWER = -1
/** What {@link ItemAnswers.answerOf} gives for a cell outside the item's scale (the reason is in `reasons`). */
export const REJECTED = -2
/** A one-character text not read yet. */
const UNSEEN = -3

/**
 * One item's distinct answers, in the order first met, and the reading of every cell text of its column.
 *
 * @example
 * ```ts
 * const answers = new ItemAnswers('q1', { min: '1', max: '5' }, 2, new Set(['99']))
 * answers.answerOf('4')  // 0: the first distinct answer
 * answers.answerOf('99') // NO_ANSWER
 * answers.answerOf('7')  // REJECTED; answers.reasons.get('7') says why
 * answers.keys           // ['4']
 * ```
 */
export class ItemAnswers {
  /** Per distinct answer: its canonical key (the code, or the canonical decimal). */
  readonly keys: string[] = []
  /** Per distinct answer: its number as a decimal string (numeric items), `undefined` for codes. */
  readonly values: Array<string | undefined> = []
  /** Cell text (as written) → why it is not an answer of the item: the values of its `not-an-answer` reason. */
  readonly reasons = new Map<string, ReasonParamsOf<'not-an-answer'>>()
  /** Cell text (as written) → answer index, NO_ANSWER or REJECTED. */
  private readonly cache = new Map<string, number>()
  /** The same for one-character ASCII texts (most Likert and coded answers), found without hashing. */
  private readonly ascii = new Int32Array(128).fill(UNSEEN)

  constructor(
    readonly name: string,
    readonly item: SurveyItem,
    /** The item's column in the table (0-based). */
    readonly column: number,
    /** The spec's no-answer codes, for every item. */
    private readonly noAnswer: ReadonlySet<string>,
  ) {}

  /** The answer index of a cell text, or NO_ANSWER, or REJECTED. */
  answerOf(raw: string): number {
    if (raw.length === 1) {
      const code = raw.charCodeAt(0)
      if (code < 128) {
        const a = this.ascii[code]!
        if (a !== UNSEEN) return a
      }
    }
    const a = this.cache.get(raw)
    return a === undefined ? this.learn(raw) : a
  }

  /** Reads a cell text not seen before in this item's column, and remembers what it is. */
  private learn(raw: string): number {
    const text = raw.trim()
    const { item } = this
    let result: number
    if (text === '' || this.noAnswer.has(text) || item.noAnswer?.includes(text)) result = NO_ANSWER
    else {
      const answer = labelMap(item).get(labelKey(text)) ?? text
      let key: string | undefined
      let value: string | undefined
      if (item.answers !== undefined) key = item.answers.includes(answer) ? answer : undefined
      else {
        const parsed = parseNumberText(answer)
        if (parsed !== undefined && dec(parsed).gte(item.min!) && dec(parsed).lte(item.max!)) {
          key = parsed
          value = parsed
        }
      }
      if (key === undefined) {
        this.reasons.set(raw, {
          item: this.name,
          value: text,
          ...(item.answers === undefined
            ? { min: item.min!, max: item.max! }
            : { answers: item.answers.join(', ') }),
        })
        result = REJECTED
      } else {
        result = this.keys.indexOf(key)
        if (result < 0) {
          result = this.keys.length
          this.keys.push(key)
          this.values.push(value)
        }
      }
    }
    this.cache.set(raw, result)
    if (raw.length === 1 && raw.charCodeAt(0) < 128) this.ascii[raw.charCodeAt(0)] = result
    return result
  }
}

/** How labels are matched: trimmed, NFC, lower case (Vietnamese rules). */
const labelKey = (text: string) => text.trim().normalize('NFC').toLocaleLowerCase('vi')

const labelMaps = new WeakMap<SurveyItem, Map<string, string>>()
function labelMap(item: SurveyItem): Map<string, string> {
  let map = labelMaps.get(item)
  if (!map) {
    map = new Map(Object.entries(item.labels ?? {}).map(([label, answer]) => [labelKey(label), answer]))
    labelMaps.set(item, map)
  }
  return map
}

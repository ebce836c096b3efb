import { DIAGNOSTIC_CODES } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { MESSAGE_CATALOGUE } from './catalogue.js'
import { DIAGNOSTIC_MESSAGES } from './diagnostics.js'

/**
 * Keys whose value is the same in both languages on purpose: symbols and statistics' own notation, which
 * Vietnamese writes as English does.
 */
const SAME_IN_BOTH = new Set(['report.p5p95'])

/** Messages that are empty on purpose: an unchanged unit's basis says nothing. */
const EMPTY = new Set(['panel.basis.same'])

/** Vietnamese messages that are correctly written without any diacritic ("Sau" = after, "theo" = by). */
const PLAIN_VIETNAMESE = new Set(['report.after', 'explain.step'])

/** A letter only Vietnamese (of the two languages) writes: a vowel with a diacritic, or đ. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

/** What a message says with sample parameters: functions are called with a number for each parameter. */
function textOf(value: unknown): string {
  if (typeof value === 'function') return String(value(...Array.from({ length: value.length }, () => 7)))
  return String(value)
}

type Leaf = { path: string; vi: unknown; en: unknown }

/** Every message of a table, by path, with both languages' values; lists structural mismatches. */
function walk(path: string, vi: unknown, en: unknown, leaves: Leaf[], problems: string[]): void {
  const isGroup = (value: unknown) => typeof value === 'object' && value !== null
  if (isGroup(vi) || isGroup(en)) {
    if (!isGroup(vi) || !isGroup(en)) {
      problems.push(`${path}: a group in one language, a message in the other`)
      return
    }
    const keys = new Set([...Object.keys(vi as object), ...Object.keys(en as object)])
    for (const key of keys) {
      const [a, b] = [(vi as Record<string, unknown>)[key], (en as Record<string, unknown>)[key]]
      if (a === undefined) problems.push(`${path}.${key}: missing in vi`)
      else if (b === undefined) problems.push(`${path}.${key}: missing in en`)
      else walk(`${path}.${key}`, a, b, leaves, problems)
    }
    return
  }
  for (const [language, value] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    if (typeof value !== 'string' && typeof value !== 'function')
      problems.push(`${path}: ${language} is neither text nor a function`)
  }
  if (typeof vi === 'function' && typeof en === 'function' && vi.length !== en.length)
    problems.push(`${path}: vi takes ${vi.length} parameters, en ${en.length}`)
  leaves.push({ path, vi, en })
}

function catalogue(): { leaves: Leaf[]; problems: string[] } {
  const leaves: Leaf[] = []
  const problems: string[] = []
  for (const [area, table] of Object.entries(MESSAGE_CATALOGUE)) {
    const languages = Object.keys(table).sort()
    if (languages.join() !== 'en,vi') problems.push(`${area}: languages ${languages.join(', ')}, not en, vi`)
    walk(area, table.vi, table.en, leaves, problems)
  }
  return { leaves, problems }
}

describe('the message catalogue', () => {
  const { leaves, problems } = catalogue()

  it('has the same keys, of the same kind, in both languages', () => {
    expect(leaves.length).toBeGreaterThan(100)
    expect(problems).toEqual([])
  })

  it('has no empty message', () => {
    const empty = leaves
      .filter(({ path }) => !EMPTY.has(path))
      .flatMap(({ path, vi, en }) =>
        [
          ['vi', vi],
          ['en', en],
        ]
          .filter(([, value]) => textOf(value).trim() === '')
          .map(([language]) => `${path} (${language})`),
      )
    expect(empty).toEqual([])
  })

  it('translates every message (except symbols that read the same in both)', () => {
    const same = leaves
      .filter(({ path, vi, en }) => !SAME_IN_BOTH.has(path) && !EMPTY.has(path) && textOf(vi) === textOf(en))
      .map(({ path }) => path)
    expect(same).toEqual([])
  })

  it('writes Vietnamese with its diacritics', () => {
    const bare = leaves
      .filter(({ path }) => !SAME_IN_BOTH.has(path) && !PLAIN_VIETNAMESE.has(path))
      .filter(({ vi }) => {
        const text = textOf(vi).normalize('NFC')
        // Words of two or more letters, with options (--json) and code-like names (upTo) left out.
        const words = text.replace(/--\w[\w-]*|\b[a-z]+[A-Z]\w*\b/g, '').match(/\p{L}{2,}/gu) ?? []
        return words.length > 0 && !VIETNAMESE_LETTER.test(text)
      })
      .map(({ path, vi }) => `${path}: ${textOf(vi)}`)
    expect(bare).toEqual([])
  })

  it('catches a missing key, an untranslated message and Vietnamese without diacritics', () => {
    const leaves: Leaf[] = []
    const problems: string[] = []
    walk('t', { a: 'Hạng', b: { c: 'x' } }, { a: 'Rank', b: {}, d: 'y' }, leaves, problems)
    expect(problems).toEqual(['t.b.c: missing in en', 't.d: missing in vi'])
    expect(VIETNAMESE_LETTER.test('Xep hang')).toBe(false)
    expect(VIETNAMESE_LETTER.test('Xếp hạng')).toBe(true)
  })

  it('has a Vietnamese sentence for every diagnostic code of core', () => {
    const codes: Readonly<Record<string, string>> = DIAGNOSTIC_MESSAGES.vi.codes
    // Codes without a sentence fall back to core's English message in Vietnamese output: this list is the
    // coverage gap (empty: every code is covered).
    const lacking = Object.values(DIAGNOSTIC_CODES).filter((code) => !Object.hasOwn(codes, code))
    expect(lacking).toEqual([])
    // And no sentence for a code core does not have (a renamed code would leave it behind).
    const known = new Set<string>(Object.values(DIAGNOSTIC_CODES))
    expect(Object.keys(codes).filter((code) => !known.has(code))).toEqual([])
  })
})

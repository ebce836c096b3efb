import * as z from 'zod'

// Characters that show as nothing (or nearly) but make two codes differ: zero-width space and joiners,
// word joiner, soft hyphen, byte-order mark, invisible operators, bidirectional marks and controls, Hangul
// fillers, Mongolian vowel separator, and every control character.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among the invisible ones
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]|\u034f/u

/**
 * The first invisible character of a code (a zero-width space, a soft hyphen, a bidirectional control, a
 * control character…), as `U+200B`, or undefined when it has none. A code holding one looks like another
 * code but is a different one, so it is refused rather than silently made a second unit.
 *
 * @example
 * ```ts
 * invisibleCharacter('HN')        // undefined
 * invisibleCharacter('H\u200bN')  // 'U+200B'
 * ```
 *
 * @category Datasets
 */
export function invisibleCharacter(code: string): string | undefined {
  const found = INVISIBLE.exec(code)
  if (found === null) return undefined
  return `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * A unit code, as a dataset and an observation hold it: NFC-normalised (so `Huế` typed with combining marks
 * is the same code as `Huế` typed precomposed), at least one character, and no invisible character (see
 * {@link invisibleCharacter}). Unit codes of CSV and XLSX files, of JSON and YAML datasets and of `--unit`
 * all go through the same rule.
 *
 * @example
 * ```ts
 * UnitCodeSchema.parse('Hue\u0301')            // 'Hué' (NFC)
 * UnitCodeSchema.safeParse('H\u200bN').success // false: invisible U+200B
 * ```
 *
 * @category Datasets
 */
export const UnitCodeSchema = z
  .string()
  .normalize('NFC')
  .min(1)
  .superRefine((code, ctx) => {
    const invisible = invisibleCharacter(code)
    if (invisible !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: `the unit code ${JSON.stringify(code)} holds an invisible character (${invisible}): remove it, or it names a different unit than it seems to`,
      })
  })

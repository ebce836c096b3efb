// Byte- and line-level mutations of a text file (test-only): what an editor slip, a bad copy-paste or a hostile
// author does to a YAML, JSON or CSV file.
import { fc } from '@fast-check/vitest'

/** One edit of a text. */
export interface TextMutation {
  readonly kind: (typeof KINDS)[number]
  readonly at: number
  readonly length: number
  readonly token: string
}

const KINDS = ['insert', 'delete', 'replace', 'duplicate-line', 'indent', 'truncate', 'swap-lines'] as const

/** Tokens that mean something to YAML, JSON or CSV readers, plus numbers and characters that break naive code. */
const TOKENS = [
  ':',
  ': ',
  '- ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '<<: *a',
  '!!js/function ',
  '!!binary ',
  '? ',
  '|',
  '>',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '\uD800',
  'NaN',
  '.nan',
  '.inf',
  '-.inf',
  '1e400',
  '-0',
  '0x1F',
  '0o17',
  '1_000',
  '99999999999999999999999999999999999999',
  'null',
  '~',
  'true',
  'yes',
  '__proto__',
  'constructor',
  '=HYPERLINK("x")',
]

/** Lists of text edits. */
export function textMutationsArb(max = 4): fc.Arbitrary<TextMutation[]> {
  return fc.array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      at: fc.nat(1_000_000),
      length: fc.integer({ min: 1, max: 40 }),
      token: fc.oneof(
        fc.constantFrom(...TOKENS),
        fc.string({ maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
    }),
    { minLength: 1, maxLength: max },
  )
}

/** Applies the edits to a text. */
export function mutateText(text: string, mutations: ReadonlyArray<TextMutation>): string {
  let out = text
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1)
    switch (m.kind) {
      case 'insert':
        out = out.slice(0, at) + m.token + out.slice(at)
        break
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length)
        break
      case 'replace':
        out = out.slice(0, at) + m.token + out.slice(at + m.length)
        break
      case 'truncate':
        out = out.slice(0, at)
        break
      default: {
        const lines = out.split('\n')
        const i = m.at % lines.length
        if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]!)
        else if (m.kind === 'indent') lines[i] = ' '.repeat(m.length % 7) + lines[i]!.trimStart()
        else {
          const j = (i + m.length) % lines.length
          ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        }
        out = lines.join('\n')
      }
    }
  }
  return out
}

/** Byte-level edits of an encoded file: flip, drop or overwrite bytes, or cut the file short. */
export interface ByteMutation {
  readonly kind: 'flip' | 'overwrite' | 'drop' | 'cut' | 'zero-run'
  readonly at: number
  readonly value: number
  readonly length: number
}

/** Lists of byte edits. */
export function byteMutationsArb(max = 4): fc.Arbitrary<ByteMutation[]> {
  return fc.array(
    fc.record({
      kind: fc.constantFrom<ByteMutation['kind']>('flip', 'overwrite', 'drop', 'cut', 'zero-run'),
      at: fc.nat(100_000_000),
      value: fc.nat(255),
      length: fc.integer({ min: 1, max: 64 }),
    }),
    { minLength: 1, maxLength: max },
  )
}

/** Applies byte edits to a copy of `bytes`. */
export function mutateBytes(bytes: Uint8Array, mutations: ReadonlyArray<ByteMutation>): Uint8Array {
  let out = Uint8Array.from(bytes)
  for (const m of mutations) {
    if (out.length === 0) break
    const at = m.at % out.length
    switch (m.kind) {
      case 'flip':
        out[at] = out[at]! ^ (1 << (m.value % 8))
        break
      case 'overwrite':
        out[at] = m.value
        break
      case 'zero-run':
        out.fill(0, at, at + m.length)
        break
      case 'drop':
        out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + m.length)])
        break
      case 'cut':
        out = out.slice(0, at)
        break
    }
  }
  return out
}

/**
 * Finds the offset of the first JSON syntax error in `text`, or `undefined` when it is valid JSON. Used to
 * locate errors that `JSON.parse` reports without a position (Node 20 says only `Unexpected token '}'`).
 *
 * @example
 * ```ts
 * findJsonSyntaxError('{"a": 1,\n "b": }') // 15 (the `}`)
 * findJsonSyntaxError('{"a": 1}')          // undefined
 * ```
 */
export function findJsonSyntaxError(text: string): number | undefined {
  let i = 0
  const fail = (): never => {
    throw i
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail()
      i++
    }
  }
  const string = () => {
    i++ // opening quote
    for (;;) {
      if (i >= text.length) fail()
      const char = text.charCodeAt(i)
      if (char === 0x22) {
        i++
        return
      }
      if (char < 0x20) fail()
      if (char === 0x5c) {
        i++
        const escaped = text[i]
        if (escaped === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail()
          i += 5
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i++
        else fail()
      } else i++
    }
  }
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 4096))
    if (!match || match[0] === '' || match[0] === '-') fail()
    i += (match as RegExpExecArray)[0].length
  }
  const value = (depth: number): void => {
    if (depth > 2_000) fail()
    space()
    const char = text[i]
    if (char === '{') {
      i++
      space()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        space()
        if (text[i] !== '"') fail()
        string()
        space()
        if (text[i] !== ':') fail()
        i++
        value(depth + 1)
        space()
        if (text[i] === ',') i++
        else if (text[i] === '}') {
          i++
          return
        } else fail()
      }
    }
    if (char === '[') {
      i++
      space()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        space()
        if (text[i] === ',') i++
        else if (text[i] === ']') {
          i++
          return
        } else fail()
      }
    }
    if (char === '"') string()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else number()
  }
  try {
    value(0)
    space()
    if (i < text.length) fail()
    return undefined
  } catch (offset) {
    if (typeof offset === 'number') return offset
    throw offset
  }
}

// Bundled JavaScript with only ASCII characters outside strings and templates (see asciiOnly below).
import { createRequire } from 'node:module'

const NON_ASCII = /[\u0080-\uffff]/

/**
 * A tsup plugin: every JavaScript chunk written is ASCII wherever escaping keeps its meaning. esbuild escapes
 * non-ASCII characters in strings, templates and names itself, but leaves the comments it keeps (a field's
 * JSDoc in an object literal, zod's own remarks) and regular expression literals as written. One such
 * character makes Node read the whole file into a two-byte string: decoding the loaded chunks took about
 * 2–5 ms more of every cold `chiso score`, and the strings twice the memory (docs/performance.md, start-up).
 */
export function asciiOnly() {
  return {
    name: 'chiso-ascii-only',
    renderChunk(code, info) {
      if (!/\.[cm]?js$/.test(info.path) || !NON_ASCII.test(code)) return undefined
      return { code: escapeNonAscii(code) }
    },
  }
}

/**
 * `code` with each non-ASCII character in a comment or a regular expression literal written as `\uXXXX` (one
 * per UTF-16 unit): the same pattern in a regular expression (with or without the `u` flag, a pair of escaped
 * surrogates is one code point), text in a comment. Characters in strings, templates and names stay as they
 * are: esbuild has escaped them where that keeps the value, and a raw template (`String.raw`) must keep them.
 * Whitespace characters stay too. Columns after an escape on the same line move: the source map, made before,
 * is off by those few columns on such lines, which hold comments and, rarely, a regular expression.
 *
 * @param {string} code JavaScript, as esbuild wrote it
 * @returns {string}
 */
export function escapeNonAscii(code) {
  const ts = createRequire(import.meta.url)('typescript')
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  let out = ''
  let copied = 0
  for (const match of code.matchAll(/[\u0080-\uffff]/g)) {
    const at = match.index
    if (/\s/.test(match[0])) continue
    const place = placeOf(ts, file, at)
    if (place === 'kept') continue
    // `\ễ` in a regular expression is the character itself: the backslash goes with it.
    const escaped = place === 'regex' && code[at - 1] === '\\' && !isEscapedBackslash(code, at - 1)
    out += code.slice(copied, escaped ? at - 1 : at) + unicodeEscapes(match[0])
    copied = at + match[0].length
  }
  return out + code.slice(copied)
}

// Where a character at `at` is: inside a regular expression literal, in a comment (outside every token), or
// in a token whose characters stay ('kept': a string, template, name).
function placeOf(ts, file, at) {
  let node = file
  for (;;) {
    const inner = ts.forEachChild(node, (child) => (child.pos <= at && at < child.end ? child : undefined))
    if (inner === undefined) break
    node = inner
  }
  if (at < node.getStart(file)) return 'comment'
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return 'regex'
  // A node with no child around `at`: the character is between its tokens (punctuation is ASCII), so in a
  // comment; unless the node is itself a token holding text.
  const textTokens = [
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
    ts.SyntaxKind.Identifier,
    ts.SyntaxKind.PrivateIdentifier,
    ts.SyntaxKind.JsxText,
  ]
  return textTokens.includes(node.kind) ? 'kept' : 'comment'
}

function isEscapedBackslash(code, at) {
  let count = 0
  for (let index = at - 1; index >= 0 && code[index] === '\\'; index--) count++
  return count % 2 === 1
}

function unicodeEscapes(character) {
  let text = ''
  for (let index = 0; index < character.length; index++)
    text += `\\u${character.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`
  return text
}

// The node code pattern, checked without building its Unicode classes for the ASCII codes nearly all data has.

/** The source of the node code pattern (with the `u` flag): letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
const NODE_CODE_SOURCE = '^[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*$'

// For an ASCII string the same answer as the pattern: the ASCII letters and digits are A–Z, a–z and 0–9 (ª, ²,
// ¼… are not ASCII).
const ASCII_NODE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const NON_ASCII = /[\u0080-\uffff]/

let unicodeNodeCode: RegExp | undefined

/**
 * Whether `text` matches the node code pattern `/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u`. Building `\p{L}` and `\p{N}`
 * from Unicode's tables is much of a regular expression's cost at start-up: a literal is checked when its
 * module is compiled, and compiled again (to native code) once it has run a few times — about 2 % of the
 * instructions of a cold `chiso score`, for three literals (docs/performance.md, start-up). An ASCII string is
 * answered by an ASCII pattern; the Unicode one is built at the first code that is not ASCII.
 * `node-code-pattern.prop.test.ts` compares the two on arbitrary strings.
 *
 * @example
 * ```ts
 * isNodeCode('3.2.1') // true
 * isNodeCode('Đ1')    // true
 * isNodeCode('a b')   // false
 * ```
 */
export function isNodeCode(text: string): boolean {
  if (ASCII_NODE_CODE.test(text)) return true
  if (!NON_ASCII.test(text)) return false
  unicodeNodeCode ??= new RegExp(NODE_CODE_SOURCE, 'u')
  return unicodeNodeCode.test(text)
}

/**
 * The node code pattern as the `RegExp` a zod schema holds (`NodeCodeSchema`): its source, flags, `exec` and
 * text (`toString`, JSON Schema's `pattern`) are the pattern's, and `test` answers through {@link isNodeCode}.
 * Made with `new RegExp`, whose check of the pattern costs a fraction of a literal's at compile time.
 */
class NodeCodePattern extends RegExp {
  constructor() {
    super(NODE_CODE_SOURCE, 'u')
  }

  /** Whether `text` is a node code (a non-global pattern: `lastIndex` is neither read nor written). */
  override test(text: string): boolean {
    return isNodeCode(`${text}`)
  }
}

/**
 * The node code pattern, `/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u`, for `NodeCodeSchema`: see {@link isNodeCode}.
 *
 * @example
 * ```ts
 * nodeCodePattern().test('3.2.1') // true
 * String(nodeCodePattern())       // '/^[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*$/u'
 * ```
 */
export function nodeCodePattern(): RegExp {
  return new NodeCodePattern()
}

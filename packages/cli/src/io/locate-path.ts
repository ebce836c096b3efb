import { isNode, LineCounter, parseDocument } from 'yaml'

/**
 * Finds the row (line) and column of a JSON path in a document's text, when it can.
 *
 * @example
 * ```ts
 * const locate: PathLocator = createPathLocator(text)
 * locate(['tree', 0, 'max']) // { row: 4, column: 10 }
 * ```
 */
export type PathLocator = (
  path: ReadonlyArray<string | number>,
) => { row: number; column: number } | undefined

/**
 * Builds a {@link PathLocator} for YAML or JSON text (JSON is read as YAML 1.2 flow style, for positions
 * only). The text is parsed on the first call. A path that does not exist (a missing key) is located at its
 * deepest existing ancestor.
 *
 * @example
 * ```ts
 * const locate = createPathLocator('id: demo\ntree:\n  - code: "1"\n    max: x\n')
 * locate(['tree', 0, 'max']) // { row: 4, column: 10 }
 * ```
 */
export function createPathLocator(text: string): PathLocator {
  let parsed: { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined
  return (path) => {
    try {
      if (!parsed) {
        const lineCounter = new LineCounter()
        parsed = {
          document: parseDocument(text, { lineCounter, uniqueKeys: false, logLevel: 'silent' }),
          lineCounter,
        }
      }
      for (let length = path.length; length >= 0; length--) {
        const node =
          length === 0 ? parsed.document.contents : parsed.document.getIn(path.slice(0, length), true)
        if (isNode(node) && node.range) {
          const { line, col } = parsed.lineCounter.linePos(node.range[0])
          return { row: line, column: col }
        }
      }
    } catch {
      // Positions are a convenience: never let them hide the real error.
    }
    return undefined
  }
}

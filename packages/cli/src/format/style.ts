/**
 * The text styles the CLI uses.
 *
 * @example
 * ```ts
 * const style: Style = 'bold'
 * ```
 */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan'

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
}

/**
 * Applies a style to a text, or returns it unchanged.
 *
 * @example
 * ```ts
 * const plain: Stylist = (_style, text) => text
 * ```
 */
export type Stylist = (style: Style, text: string) => string

/**
 * Creates a {@link Stylist}: ANSI escape codes when `enabled`, plain text otherwise (files, pipes, `NO_COLOR`).
 *
 * @example
 * ```ts
 * createStylist(true)('bold', 'Rank')  // '\x1b[1mRank\x1b[22m'
 * createStylist(false)('bold', 'Rank') // 'Rank'
 * ```
 */
export function createStylist(enabled: boolean): Stylist {
  if (!enabled) return (_style, text) => text
  return (style, text) => {
    const [open, close] = CODES[style]
    return text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`
  }
}

/** Pixels per character of an 11 px system font, to leave room for labels left of a chart. */
const CHARACTER_WIDTH = 6.8

/**
 * The width of the space left of a horizontal chart for its longest label, at most 280 px.
 *
 * @example
 * ```ts
 * labelMargin(['Thành phố Thanh Hóa', 'Nga Sơn']) // 140
 * ```
 */
export function labelMargin(labels: ReadonlyArray<string>): number {
  const longest = labels.reduce((most, label) => Math.max(most, [...label].length), 0)
  return Math.min(280, Math.ceil(10 + longest * CHARACTER_WIDTH))
}

/**
 * Shortens a label to `width` characters (counting Vietnamese letters with their marks as one), ending it
 * with an ellipsis when cut.
 *
 * @example
 * ```ts
 * truncateLabel('Cải cách thủ tục hành chính', 12) // 'Cải cách th…'
 * ```
 */
export function truncateLabel(text: string, width: number): string {
  const chars = [...text.normalize('NFC')]
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`
}

// Compares the output a guide shows the reader (a `text` block) with what the command really printed.
// Normalisation, documented in docs/README.md: trailing spaces of each line and trailing blank lines are
// ignored; `…` inside a line stands for any text on that line; a line that is only `…` stands for any number
// of lines (including none). Nothing else is forgiven.

function normalise(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trimEnd())
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The regular expression a shown output stands for, after normalisation. */
export function outputPattern(shown: string): RegExp {
  const parts = normalise(shown).map((line) =>
    line === '…' ? '(?:[^\\n]*\\n)*?' : `${line.split('…').map(escapeRegExp).join('[^\\n]*?')}\\n`,
  )
  return new RegExp(`^${parts.join('')}$`)
}

/** True when `actual` is what `shown` shows, under the normalisation above. */
export function matchesShownOutput(shown: string, actual: string): boolean {
  const lines = normalise(actual)
  return outputPattern(shown).test(lines.length === 0 ? '' : `${lines.join('\n')}\n`)
}

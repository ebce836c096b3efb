// Splits a Markdown guide into its fenced code blocks, each with its language, its info-string attributes
// and the line it starts on, so that a failure can name `docs/<guide>.md:<line>`.

/** One fenced code block of a guide. */
export interface GuideBlock {
  /** The guide's path relative to the repository root, e.g. `docs/cli.md`. */
  guide: string
  /** The 1-based line of the opening fence. */
  line: number
  /** The first word of the info string (`sh`, `ts`, `yaml`…); empty when the fence has none. */
  language: string
  /** `key=value` and `key="value with spaces"` attributes of the info string; bare words map to `''`. */
  attributes: Record<string, string>
  /** The block's content, with the fence's own indentation removed, ending with a newline. */
  body: string
  /** The block's position among the guide's blocks (0 for the first). */
  index: number
}

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/
const ATTRIBUTE = /([\w-]+)(?:=(?:"([^"]*)"|(\S+)))?/g

/** Parses an info string: `yaml file=demo.yaml` → language `yaml`, attributes `{ file: 'demo.yaml' }`. */
export function parseInfoString(info: string): { language: string; attributes: Record<string, string> } {
  const trimmed = info.trim()
  const space = trimmed.search(/\s/)
  const language = space === -1 ? trimmed : trimmed.slice(0, space)
  const attributes: Record<string, string> = {}
  if (space !== -1)
    for (const [, key, quoted, plain] of trimmed.slice(space).matchAll(ATTRIBUTE))
      attributes[key!] = quoted ?? plain ?? ''
  return { language, attributes }
}

/** Every fenced code block of `markdown`, in document order. An unclosed fence is an error. */
export function parseGuide(guide: string, markdown: string): GuideBlock[] {
  const lines = markdown.split('\n')
  const blocks: GuideBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!)
    if (!open) continue
    const [, indent, fence, info] = open as unknown as [string, string, string, string]
    const close = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},} *$`)
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !close.test(lines[j]!)) {
      const line = lines[j]!
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())
      j++
    }
    if (j === lines.length) throw new Error(`${guide}:${i + 1}: the code block is never closed`)
    blocks.push({
      guide,
      line: i + 1,
      ...parseInfoString(info),
      body: body.length === 0 ? '' : `${body.join('\n')}\n`,
      index: blocks.length,
    })
    i = j
  }
  return blocks
}

/**
 * The commands of a `sh` block: blank lines and comment lines dropped, lines ending in `\` joined with the
 * next one. Trailing comments stay: the shell ignores them.
 */
export function shellCommands(body: string): string[] {
  const commands: string[] = []
  let pending = ''
  for (const line of body.split('\n')) {
    if (pending === '' && (line.trim() === '' || line.trimStart().startsWith('#'))) continue
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `
      continue
    }
    commands.push(`${pending}${line}`.trim())
    pending = ''
  }
  if (pending !== '') commands.push(pending.trim())
  return commands
}

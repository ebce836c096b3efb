// Which guide commands can run in-process: a plain `chiso …` call, with words bash would pass through
// unchanged. Anything with shell syntax (pipes, redirections, variables, globs, `&&`, a leading VAR=value) runs
// in bash as before: what bash would do to it is what the guide shows.

/** Characters a bare word may hold without bash changing it (no globs, variables, quotes or operators). */
const BARE = /^[A-Za-z0-9_./:=,@%+-]+$/

/**
 * The arguments after `chiso` when `command` is a plain `chiso` call (bare words and single-quoted words
 * only); undefined when bash would have to interpret anything in it.
 *
 * @example
 * ```ts
 * chisoArguments("chiso score m.yaml d.csv --lang 'vi'") // ['score', 'm.yaml', 'd.csv', '--lang', 'vi']
 * chisoArguments('chiso score m.yaml d.csv | head -3')    // undefined
 * ```
 */
export function chisoArguments(command: string): string[] | undefined {
  const words: string[] = []
  let rest = command.trim()
  while (rest !== '') {
    const quoted = /^'([^']*)'(?=\s|$)/.exec(rest)
    const bare = /^\S+/.exec(rest)
    if (quoted) {
      words.push(quoted[1]!)
      rest = rest.slice(quoted[0].length).trimStart()
    } else if (bare && BARE.test(bare[0])) {
      words.push(bare[0])
      rest = rest.slice(bare[0].length).trimStart()
    } else return undefined
  }
  return words[0] === 'chiso' ? words.slice(1) : undefined
}

import { ChisoError, type ChisoIssue, dec } from '@chiso/core'
import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml'

// An unquoted decimal number as written (not 0x1F, .inf or other YAML number forms).
const DECIMAL_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/

/**
 * Most aliases (`*anchor`) one YAML document may expand: methodologies rarely use any, and a low limit stops
 * "billion laughs" documents from exhausting memory.
 *
 * @example
 * ```ts
 * MAX_YAML_ALIASES // 100
 * ```
 */
export const MAX_YAML_ALIASES = 100

/**
 * Parses YAML text safely into plain data: YAML 1.2 core schema (no custom or language-specific tags —
 * unresolved tags are errors, not strings), unique keys, no merge keys, at most {@link MAX_YAML_ALIASES}
 * alias expansions, one document. Syntax errors throw a `ChisoError` with the row and column.
 *
 * @example
 * ```ts
 * parseYaml('id: demo\nversion: 1.0.0\n', 'demo.yaml') // { id: 'demo', version: '1.0.0' }
 * parseYaml('a: [1\n', 'bad.yaml')                     // throws ChisoError: bad.yaml:2:1: …
 * ```
 */
export function parseYaml(text: string, file: string): unknown {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    merge: false,
    schema: 'core',
    strict: true,
    version: '1.2',
    // Its warnings are reported below as located errors; the library must not also print them to stderr.
    logLevel: 'error',
  })
  // Warnings (an unresolved `!!js/function` tag…) are errors too: a methodology is data, and a value the
  // reader silently turned into a string is not what its author meant.
  // One fault often yields several errors at the same place (an unclosed `[` and `{`): report it once.
  const seen = new Set<string>()
  const problems = [...document.errors, ...document.warnings]
    .map((error) => yamlIssue(error, file))
    .filter((problem) => {
      const key = `${problem.row}:${problem.column}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  problems.push(...inexactNumbers(document, lineCounter, file))
  if (problems.length > 0) {
    throw new ChisoError('INVALID_SYNTAX', `${file} is not valid YAML`, { issues: problems })
  }
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES })
  } catch (error) {
    // The only failure left is an alias expanded too often: point at the first alias, where the expansion starts.
    const position = firstAliasPosition(document, lineCounter)
    throw new ChisoError('INVALID_SYNTAX', `${file} is not valid YAML`, {
      issues: [
        {
          file,
          message: `cannot read YAML: ${error instanceof Error ? error.message : String(error)}`,
          ...(position ? { row: position.line, column: position.col } : {}),
        },
      ],
    })
  }
}

/**
 * Unquoted numbers that do not convert exactly: YAML reads them as binary floats, so
 * `1.0000000000000001` (17 significant digits) would silently become `1`. Each is refused with its place.
 */
function inexactNumbers(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  file: string,
): ChisoIssue[] {
  const problems: ChisoIssue[] = []
  visit(document, {
    Scalar(_, node) {
      const written = node.source
      if (typeof node.value !== 'number' || typeof written !== 'string' || !DECIMAL_NUMBER.test(written))
        return
      if (Number.isFinite(node.value) && dec(written).eq(dec(node.value))) return
      const position = node.range ? lineCounter.linePos(node.range[0]) : undefined
      problems.push({
        file,
        message: `the unquoted number ${written} does not convert exactly (it would be read as ${String(node.value)}): quote it ("${written}") to keep every digit`,
        ...(position ? { row: position.line, column: position.col } : {}),
      })
    },
  })
  return problems
}

function firstAliasPosition(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): { line: number; col: number } | undefined {
  let offset: number | undefined
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return offset === undefined ? undefined : lineCounter.linePos(offset)
}

/** The nesting a methodology may have (`limits.maxNesting`); the YAML reader's own recursion ends far sooner. */
const MAX_NESTING = 256

function yamlIssue(error: YAMLError, file: string): ChisoIssue {
  const [first = '', ...rest] = error.message.split('\n')
  let message = first.replace(/ at line \d+, column \d+:?$/, '')
  // The parser ran out of stack on lists or maps nested thousands deep: that is the nesting limit, reached.
  if (/Maximum call stack size exceeded/.test(message))
    message = `lists and maps nested too deeply, beyond the nesting limit (limits.maxNesting = ${MAX_NESTING} levels)`
  const position = error.linePos?.[0]
  const detail = rest.join('\n').replace(/^\n+|\n+$/g, '')
  return {
    file,
    message: `invalid YAML: ${message}`,
    ...(position ? { row: position.line, column: position.col } : {}),
    ...(detail ? { detail } : {}),
  }
}

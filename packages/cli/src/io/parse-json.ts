import { ChisoError } from '@chiso/core'
import { findJsonSyntaxError } from './json-syntax.js'
import { lineColumn } from './line-column.js'

/**
 * Parses JSON text (a leading byte-order mark already removed). A syntax error throws a located `ChisoError`
 * with the line and column of the fault.
 *
 * @example
 * ```ts
 * parseJson('{"units": []}', 'data.json') // { units: [] }
 * parseJson('{"a": 1,\n "b": }', 'x.json') // throws ChisoError: x.json:2:7: invalid JSON: Unexpected token '}'
 * ```
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error)
    const offset = findJsonSyntaxError(text) ?? positionIn(raw)
    const message = raw
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/ after JSON at position \d+.*$/s, ' after the JSON value')
    throw new ChisoError('INVALID_SYNTAX', `${file} is not valid JSON`, {
      issues: [
        {
          file,
          message: `invalid JSON: ${message}`,
          ...(offset === undefined ? {} : lineColumn(text, offset)),
        },
      ],
    })
  }
}

function positionIn(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message)
  return match ? Number(match[1]) : undefined
}

import { ChisoError } from '@chiso/core'
import { fileKind } from './file-kind.js'
import { createPathLocator, type PathLocator } from './locate-path.js'
import { parseJson } from './parse-json.js'
import { parseYaml } from './parse-yaml.js'
import { readText, type SizeLimit, stripBom } from './read-text.js'

/**
 * A YAML or JSON document read from a file.
 *
 * @example
 * ```ts
 * const { value, locate } = readDocument('m.yaml', process.cwd())
 * ```
 *
 * @category Command line
 */
export interface ReadDocument {
  /** The file, as the user named it. */
  file: string
  /** The parsed data (not yet validated). */
  value: unknown
  /** Finds where a JSON path lies in the file. */
  locate: PathLocator
}

/**
 * Reads a YAML (`.yaml`, `.yml`) or JSON (`.json`) file into plain data, choosing the parser by extension.
 * Unreadable files, other extensions and syntax errors throw a located `ChisoError` (exit code 1).
 *
 * @example
 * ```ts
 * const doc = readDocument('par.methodology.yaml', process.cwd())
 * doc.value                  // { id: 'par-index.province', … }
 * doc.locate(['tree', 0])    // { row: 12, column: 5 }
 * ```
 *
 * @category Command line
 */
export function readDocument(file: string, cwd: string, limit?: SizeLimit): ReadDocument {
  const kind = fileKind(file)
  if (kind !== 'yaml' && kind !== 'json') {
    throw new ChisoError('UNSUPPORTED_FORMAT', `unsupported file type: ${file}`, {
      issues: [
        {
          file,
          message: `${file}: expected a .yaml, .yml or .json file`,
        },
      ],
    })
  }
  const text = stripBom(readText(file, cwd, limit))
  const value = kind === 'yaml' ? parseYaml(text, file) : parseJson(text, file)
  return { file, value, locate: createPathLocator(text) }
}

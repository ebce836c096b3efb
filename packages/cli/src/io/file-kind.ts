import { extname } from 'node:path'

/**
 * The formats the CLI reads, chosen by file extension.
 *
 * @example
 * ```ts
 * const kind: FileKind = fileKind('data.csv') // 'csv'
 * ```
 */
export type FileKind = 'yaml' | 'json' | 'csv' | 'xlsx' | 'unknown'

/**
 * Tells a file's format from its extension (case-insensitive): `.yaml`/`.yml`, `.json`, `.csv`, `.xlsx`.
 *
 * @example
 * ```ts
 * fileKind('par-2022.methodology.YAML') // 'yaml'
 * fileKind('pci-2021.csv')              // 'csv'
 * fileKind('notes.txt')                 // 'unknown'
 * ```
 */
export function fileKind(file: string): FileKind {
  switch (extname(file).toLowerCase()) {
    case '.yaml':
    case '.yml':
      return 'yaml'
    case '.json':
      return 'json'
    case '.csv':
      return 'csv'
    case '.xlsx':
      return 'xlsx'
    default:
      return 'unknown'
  }
}

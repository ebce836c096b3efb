// File loading for the examples' tests: methodologies and wide CSV datasets are read exactly as the `chiso`
// command reads them (@chiso/cli's readers); the published golden table is a plain CSV read with csv-parse.
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { readDataset, readDocument } from '@chiso/cli'
import type { Dataset } from '@chiso/core'
import { parse as parseCsv } from 'csv-parse/sync'

/** Reads a YAML (or JSON) methodology file into plain data, unvalidated. */
export function readMethodology(path: string): unknown {
  return readDocument(path, dirname(path)).value
}

/** Reads a wide CSV dataset as `chiso score` does: origins, `KAD`, `có`/`không`, comma decimals. */
export function readWideCsv(path: string): Dataset {
  return readDataset(path, dirname(path))
}

/**
 * Reads a plain CSV table (after its `#` comment lines) into records keyed by header, values as text.
 *
 * @example
 * ```ts
 * readRecords('examples/pci-2021/pci-2021.published.csv')[0]
 * // { unit: 'quang-ninh', pci_score: '73.02', pci_rank: '1', pci_tier: 'Rất tốt' }
 * ```
 */
export function readRecords(path: string): Array<Record<string, string>> {
  return parseCsv(readFileSync(path, 'utf8'), {
    columns: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    trim: true,
  }) as Array<Record<string, string>>
}

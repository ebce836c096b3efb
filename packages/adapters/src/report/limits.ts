import { importFailure } from './import-failure.js'

/**
 * Limits an import refuses to exceed, so a hostile or mistaken file fails fast with a clear error instead of
 * exhausting memory. Every limit can be raised.
 *
 * @example
 * ```ts
 * const limits: ImportLimits = { ...DEFAULT_LIMITS, maxRows: 1_000_000 }
 * ```
 *
 * @category Import report
 */
export interface ImportLimits {
  /** Largest input file, in bytes. */
  maxFileBytes: number
  /** Most rows of a table (header and blank rows included). */
  maxRows: number
  /** Most columns of a table. */
  maxColumns: number
  /**
   * Most cells of a table: the rows × columns rectangle the readers build (an XLSX sheet's rectangle
   * reaches from A1 to its farthest cell, so two cells at far corners count as the whole rectangle; it is
   * checked from the sheet's XML before the workbook is opened).
   */
  maxCells: number
  /** Most bytes an XLSX file may inflate to (sum of its parts' uncompressed sizes): the zip-bomb guard. */
  maxUncompressedBytes: number
}

/**
 * The default limits: far above any real index spreadsheet (63 provinces, 10 000 communes, a few hundred
 * criteria), low enough to fail fast on a wrong or hostile file.
 *
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxRows // 1000000
 * ```
 *
 * @category Import report
 */
export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 256 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 16_384,
  maxCells: 1_000_000,
  // Measured: a mostly-text workbook inflating to 256 MiB peaks at about 0.55 GB and 8 s; at 1 GiB it took 1.5 GB.
  maxUncompressedBytes: 256 * 1024 * 1024,
})

/** The option of the CLI that raises each limit, for hints. */
const RAISE_WITH: Record<keyof ImportLimits, string> = {
  maxFileBytes: '--max-file-bytes',
  maxRows: '--max-rows',
  maxColumns: '--max-columns',
  maxCells: '--max-cells',
  maxUncompressedBytes: '--max-uncompressed-bytes',
}

/**
 * Throws a `ChisoError` (`LIMIT_EXCEEDED`) when `actual` exceeds the limit `which`.
 *
 * @example
 * ```ts
 * checkLimit(DEFAULT_LIMITS, 'maxRows', 12, { file: 'x.csv' })        // returns
 * checkLimit({ ...DEFAULT_LIMITS, maxRows: 10 }, 'maxRows', 12, { file: 'x.csv' })
 * // throws ChisoError: x.csv: 12 rows exceed the limit of 10 rows
 * ```
 *
 * @category Import report
 */
export function checkLimit(
  limits: ImportLimits,
  which: keyof ImportLimits,
  actual: number,
  where: { file: string; sheet?: string },
): void {
  const limit = limits[which]
  if (actual <= limit) return
  const what: Record<keyof ImportLimits, string> = {
    maxFileBytes: 'bytes',
    maxRows: 'rows',
    maxColumns: 'columns',
    maxCells: 'cells',
    maxUncompressedBytes: 'uncompressed bytes',
  }
  const message = `${actual} ${what[which]} exceed the limit of ${limit} ${what[which]}`
  throw importFailure(`${where.file}: ${message}`, [
    {
      code: 'LIMIT_EXCEEDED',
      message,
      file: where.file,
      ...(where.sheet === undefined ? {} : { sheet: where.sheet }),
      hint: `if the file is genuine, raise the limit (${RAISE_WITH[which]} in the CLI, limits.${which} in the API)`,
    },
  ])
}

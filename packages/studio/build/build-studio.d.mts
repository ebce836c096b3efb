/**
 * Builds chiso studio into `outDir` (default: the package's dist/) and returns each bundle's size in bytes.
 * `workbooks: false` leaves out xlsx.js, the workbook bundle.
 *
 * @example
 * ```ts
 * const sizes = await buildStudio('/tmp/studio') // { 'studio.js': 778000, 'xlsx.js': 1418000 }
 * ```
 */
export function buildStudio(
  outDir?: string,
  options?: { workbooks?: boolean },
): Promise<Record<string, number>>

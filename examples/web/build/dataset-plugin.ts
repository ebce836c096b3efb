// Turns `import dataset from './data.csv?dataset'` into a chiso dataset at build time. The CSV reader of
// @chiso/adapters runs in Node here, so the page ships a parsed dataset (JSON) and no CSV parser: its data is
// fixed, and a rejected cell fails the build rather than the page.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { readCsv } from '@chiso/adapters/csv'
import type { Dataset } from '@chiso/core'
import type { Plugin } from 'vite'

const QUERY = '?dataset'

/**
 * Reads a wide or long CSV file into a chiso dataset, as `chiso import` does. Origins name the file by its base
 * name only, so the bundle holds no path of the machine that built it. A rejected cell fails the build with
 * its row and column: an example page must not silently score less data than its file holds.
 *
 * @example
 * ```ts
 * const dataset = readDatasetFile('examples/district-cchc/districts-2023.synthetic.csv')
 * dataset.units.length // 27
 * ```
 */
export function readDatasetFile(path: string): Dataset {
  const file = basename(path)
  const { dataset, report } = readCsv(readFileSync(path), { file })
  const [rejected] = report.rejected
  if (rejected !== undefined) {
    throw new Error(
      `${file}: row ${rejected.row}, column ${rejected.column}: ${rejected.reason} (${report.rejected.length} cells rejected)`,
    )
  }
  return dataset
}

/**
 * The Vite plugin: `*.csv?dataset` imports become `export default <dataset>`. The JSON goes through
 * `JSON.parse` (faster to start than an object literal of this size, and no `eval`: fine under a strict CSP).
 *
 * @example
 * ```ts
 * // vite.config.ts
 * export default defineConfig({ plugins: [chisoDataset()] })
 * // main.ts
 * import dataset from '../district-cchc/districts-2023.synthetic.csv?dataset'
 * ```
 */
export function chisoDataset(): Plugin {
  return {
    name: 'chiso-dataset',
    load(id) {
      if (!id.endsWith(`.csv${QUERY}`)) return null
      const path = id.slice(0, -QUERY.length)
      this.addWatchFile(path)
      const json = JSON.stringify(readDatasetFile(path))
      return { code: `export default JSON.parse(${JSON.stringify(json)})`, map: null }
    },
  }
}

// The ASEM example of the R package COINr (see fixtures/coinr-asem/README.md): the one copy every test and
// benchmark reads. Node only; a test without Node types imports the files with Vite's `?raw`
// (`@chiso/test-support/fixtures/coinr-asem/asem_iData.csv?raw`).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The folder that holds `asem_iData.csv` and `asem_iMeta.csv`. */
export const ASEM_DIR = fileURLToPath(new URL('../fixtures/coinr-asem/', import.meta.url))

/** The text of one ASEM file. */
export function asemFile(name: 'asem_iData.csv' | 'asem_iMeta.csv'): string {
  return readFileSync(new URL(`../fixtures/coinr-asem/${name}`, import.meta.url), 'utf8')
}

/** COINr's own results of its example pipeline, one stage per file (see the fixture's README). */
export type AsemExpectedFile =
  | 'denominated.csv'
  | 'imputed.csv'
  | 'treated.csv'
  | 'normalised.csv'
  | 'aggregated.csv'
  | 'treatment.csv'

/** The text of one of COINr's expected data sets of its example pipeline. */
export function asemExpectedFile(name: AsemExpectedFile): string {
  return readFileSync(new URL(`../fixtures/coinr-asem/expected/${name}`, import.meta.url), 'utf8')
}

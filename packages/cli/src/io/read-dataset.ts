import { DEFAULT_LIMITS } from '@chiso/adapters'
import { readCsv } from '@chiso/adapters/csv'
import { ChisoError, type Dataset, isChisoError, parseDataset } from '@chiso/core'
import { fileKind } from './file-kind.js'
import { locateInDocument } from './located-error.js'
import { readBytes } from './read-bytes.js'
import { readDocument } from './read-document.js'
import { withoutRejects } from './read-wide-csv.js'

/**
 * Reads a dataset file synchronously: a CSV (wide or long, through `@chiso/adapters/csv`) or a dataset
 * document (`.json`, `.yaml`, `.yml`, in the format of `DatasetSchema`). Every problem, rejected cells
 * included, throws a `ChisoError` located in the file. (The commands read XLSX too, asynchronously.)
 *
 * @example
 * ```ts
 * readDataset('pci-2021.csv', process.cwd()).units[0] // { code: 'AG', name: 'An Giang' }
 * readDataset('pci-2021.json', process.cwd())         // the same dataset, from JSON
 * ```
 *
 * @category Command line
 */
export function readDataset(file: string, cwd: string): Dataset {
  const kind = fileKind(file)
  if (kind === 'csv') {
    return withoutRejects(readCsv(readBytes(file, cwd, DEFAULT_LIMITS.maxFileBytes), { file }))
  }
  if (kind === 'xlsx' || kind === 'unknown') {
    throw new ChisoError('UNSUPPORTED_FORMAT', `unsupported file type: ${file}`, {
      issues: [
        {
          file,
          message: `${file}: expected a .csv, .json, .yaml or .yml file${kind === 'xlsx' ? ' (XLSX files are read by the chiso commands)' : ''}`,
        },
      ],
    })
  }
  const document = readDocument(file, cwd)
  try {
    return parseDataset(document.value)
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
}

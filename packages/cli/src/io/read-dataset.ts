import { type Dataset, isChisoError, parseDataset } from '@chiso/core'
import { chisoErrorToInputError } from './chiso-error-problems.js'
import { fileKind } from './file-kind.js'
import { InputError } from './input-error.js'
import { readDocument } from './read-document.js'
import { readWideCsv } from './read-wide-csv.js'

/**
 * Reads a dataset file: a wide CSV (`.csv`, see {@link readWideCsv}) or a dataset document (`.json`, `.yaml`,
 * `.yml`, in the format of `DatasetSchema`). Every problem throws an {@link InputError} located in the file.
 *
 * @example
 * ```ts
 * readDataset('pci-2021.csv', process.cwd()).units[0] // { code: 'AG', name: 'An Giang' }
 * readDataset('pci-2021.json', process.cwd())         // the same dataset, from JSON
 * ```
 */
export function readDataset(file: string, cwd: string): Dataset {
  const kind = fileKind(file)
  if (kind === 'csv') return readWideCsv(file, cwd)
  if (kind === 'xlsx') {
    throw new InputError(`unsupported file type: ${file}`, [
      {
        code: 'UNSUPPORTED_FORMAT',
        file,
        message: `${file}: XLSX is not supported yet: save the sheet as CSV UTF-8`,
      },
    ])
  }
  if (kind === 'unknown') {
    throw new InputError(`unsupported file type: ${file}`, [
      { code: 'UNSUPPORTED_FORMAT', file, message: `${file}: expected a .csv, .json, .yaml or .yml file` },
    ])
  }
  const document = readDocument(file, cwd)
  try {
    return parseDataset(document.value)
  } catch (error) {
    if (isChisoError(error)) throw chisoErrorToInputError(error, document)
    throw error
  }
}

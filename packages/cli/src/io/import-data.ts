import {
  DEFAULT_LIMITS,
  type ImportLimits,
  type ImportMapping,
  type ImportResult,
  parseMapping,
} from '@chiso/adapters'
import { readCsv } from '@chiso/adapters/csv'
import { datasetImportReport } from '@chiso/adapters/json'
import {
  ChisoError,
  type CompiledMethodology,
  type EngineLimits,
  isChisoError,
  isPanelDocument,
  parseDataset,
  parsePanel,
} from '@chiso/core'
import { fileKind } from './file-kind.js'
import { locateInDocument } from './located-error.js'
import { readBytes } from './read-bytes.js'
import { readDocument } from './read-document.js'

/**
 * How the CLI reads a DATA argument: the sheet, the mapping file, the methodology's leaves, the limits and
 * a progress callback.
 *
 * @example
 * ```ts
 * const options: ImportDataOptions = { sheet: 'TC3', mappingFile: 'mapping.yaml', leaves: new Set(['1.1']) }
 * ```
 */
export interface ImportDataOptions {
  sheet?: string | number
  mappingFile?: string
  mapping?: ImportMapping
  leaves?: ReadonlySet<string>
  limits?: Partial<ImportLimits>
  /** Unit and observation limits for dataset JSON/YAML files (`--max-units`, `--max-observations`). */
  engineLimits?: Partial<EngineLimits>
  onProgress?: (done: number, total: number) => void
  /** The methodology the data is for: a chiso template workbook must have been made for it (same fingerprint). */
  methodology?: CompiledMethodology
}

/**
 * Reads a DATA file — CSV (wide or long), XLSX, or a dataset JSON/YAML — through @chiso/adapters into a
 * dataset and its import report. Files that cannot be read throw a `ChisoError` located in the file;
 * rejected cells are left in the report for the caller to decide.
 *
 * @example
 * ```ts
 * const { dataset, report } = await importData('du-lieu.xlsx', io.cwd, { sheet: 'TC3' })
 * report.rejected.length // 0
 * ```
 */
export async function importData(
  file: string,
  cwd: string,
  options: ImportDataOptions = {},
): Promise<ImportResult> {
  const kind = fileKind(file)
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const mapping = options.mapping ?? (options.mappingFile ? readMapping(options.mappingFile, cwd) : {})
  if (kind === 'json' || kind === 'yaml') return readDatasetDocument(file, cwd, limits, options.engineLimits)
  if (kind !== 'csv' && kind !== 'xlsx') {
    throw new ChisoError('UNSUPPORTED_FORMAT', `unsupported file type: ${file}`, {
      issues: [
        {
          file,
          message: `${file}: expected a .csv, .xlsx, .json, .yaml or .yml file`,
        },
      ],
    })
  }
  const bytes = readBytes(file, cwd, limits.maxFileBytes)
  const common = {
    file,
    mapping,
    limits,
    // A period column makes a panel; commands that read one period refuse it (loadData).
    panel: true,
    ...(options.leaves ? { leaves: options.leaves } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  }
  try {
    if (kind === 'csv') return readCsv(bytes, common)
    // Loaded on demand: exceljs is large, and most runs read CSV or JSON.
    const { readXlsx } = await import('@chiso/adapters/xlsx')
    return await readXlsx(bytes, {
      ...common,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.methodology ? { methodology: options.methodology } : {}),
    })
  } catch (error) {
    // The readers' own errors already point into the file; a dataset the reader built and the engine refused
    // is placed in it here.
    if (isChisoError(error) && error.code !== 'INTERNAL') throw locateInDocument(error, { file })
    throw error
  }
}

/**
 * Reads and checks a mapping file (YAML or JSON).
 *
 * @example
 * ```ts
 * readMapping('mapping.yaml', io.cwd) // { unit: 'Mã đơn vị', columns: { … } }
 * ```
 */
export function readMapping(file: string, cwd: string): ImportMapping {
  const document = readDocument(file, cwd)
  return parseMapping(document.value, file)
}

function readDatasetDocument(
  file: string,
  cwd: string,
  limits: ImportLimits,
  engineLimits: Partial<EngineLimits> | undefined,
): ImportResult {
  readBytes(file, cwd, limits.maxFileBytes, true)
  const document = readDocument(file, cwd)
  let dataset: ImportResult['dataset']
  if (isPanelDocument(document.value)) return readPanelDocument(file, document)
  try {
    dataset = parseDataset(document.value, engineLimits ? { limits: engineLimits } : {})
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
  return { dataset, report: datasetImportReport(file, dataset) }
}

/** A panel document (`{ periods: [dataset, …] }`): each period checked as a dataset, errors placed in the file. */
function readPanelDocument(file: string, document: ReturnType<typeof readDocument>): ImportResult {
  let periods: ReturnType<typeof parsePanel>
  try {
    periods = parsePanel(document.value)
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
  const reports = periods.map(({ period, dataset }) => ({
    period,
    dataset,
    report: datasetImportReport(file, dataset),
  }))
  const report = datasetImportReport(file, {
    units: [...new Map(periods.flatMap((p) => p.dataset.units).map((unit) => [unit.code, unit])).values()],
    observations: periods.flatMap((p) => p.dataset.observations),
  })
  return { dataset: { units: [], observations: [] }, report, panel: { periods: reports } }
}

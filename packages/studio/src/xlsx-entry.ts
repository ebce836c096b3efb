// The workbook bundle (xlsx.js): exceljs is most of its size, so the page loads it only when a workbook is
// opened or asked for. It hands its functions to the page through one global.
import { readXlsx, scorecardToXlsx } from '@chiso/adapters/xlsx'
import { appraisalRecord, type CompiledMethodology, type Dataset, roundCuts } from '@chiso/core'
import { appraisalRecordSections, gridsToXlsx } from '../../cli/src/format/appraisal-workbook.js'

/** What xlsx.js gives the page. */
export interface XlsxRuntime {
  readonly readXlsx: typeof readXlsx
  readonly scorecardToXlsx: typeof scorecardToXlsx
  /**
   * The appraisal records of every unit as a workbook, the bytes of `chiso appraisal METHODOLOGY DATA
   * --format xlsx --lang L` for the same files.
   */
  readonly appraisalWorkbook: (
    compiled: CompiledMethodology,
    dataset: Dataset,
    language: 'vi' | 'en',
  ) => Promise<Uint8Array>
}

;(globalThis as unknown as { chisoXlsx: XlsxRuntime }).chisoXlsx = {
  readXlsx,
  scorecardToXlsx,
  appraisalWorkbook: (compiled, dataset, language) => {
    const cuts = roundCuts(compiled, dataset)
    const records = dataset.units.map((unit) => appraisalRecord(compiled, dataset, unit.code, cuts))
    return gridsToXlsx(appraisalRecordSections(records, language))
  },
}

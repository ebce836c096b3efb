// The workbook bundle (xlsx.js): exceljs is most of its size, so the page loads it only when a workbook is
// opened or an XLSX download is asked for. It hands its two functions to the page through one global.
import { readXlsx, scorecardToXlsx } from '@chiso/adapters/xlsx'

/** What xlsx.js gives the page. */
export interface XlsxRuntime {
  readonly readXlsx: typeof readXlsx
  readonly scorecardToXlsx: typeof scorecardToXlsx
}

;(globalThis as unknown as { chisoXlsx: XlsxRuntime }).chisoXlsx = { readXlsx, scorecardToXlsx }

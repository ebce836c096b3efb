// The Word report bundle (docx.js): the Word report of `chiso report --format docx`, built by the same code as
// the command line, with the rasteriser's WebAssembly and font inside (a page from file:// may not fetch
// files). Loaded only when a Word report is asked for: it is the studio's largest file.
import { buildDocxReport } from '../../cli/src/docx-report/build-docx-report.js'
import { type ReportFiles, reportInputs, type StudioReportInputs } from './report/report-inputs.js'

/** What docx.js gives the page. */
export interface DocxRuntime {
  /** The Word report, the bytes `chiso report … --out report.docx` writes for the same inputs. */
  readonly buildDocxReport: (input: StudioReportInputs, files: ReportFiles) => Promise<Uint8Array>
}

;(globalThis as unknown as { chisoDocx: DocxRuntime }).chisoDocx = {
  buildDocxReport: (input, files) => buildDocxReport(reportInputs(input, files)),
}

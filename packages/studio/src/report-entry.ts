// The report bundle (report.js): the HTML report of `chiso report`, built by the same code as the command line
// (Observable Plot drawing into the same server-side DOM, linkedom, whose serialisation the report's bytes
// depend on). Loaded only when a report is asked for: Plot, d3 and linkedom are most of its size. It hands its
// function to the page through one global.
import { buildReport } from '../../cli/src/html-report/build-report.js'
import { type ReportFiles, reportInputs, type StudioReportInputs } from './report/report-inputs.js'

/** What report.js gives the page. */
export interface ReportRuntime {
  /** The HTML report, the bytes `chiso report … --out report.html` writes for the same inputs. */
  readonly buildHtmlReport: (input: StudioReportInputs, files: ReportFiles) => Promise<string>
}

;(globalThis as unknown as { chisoReport: ReportRuntime }).chisoReport = {
  buildHtmlReport: (input, files) => buildReport(reportInputs(input, files)),
}

// The job-script variant: compile the methodology once, then score every dataset named on the command line
// and write `<name>.scorecard.json` beside each (written to a temporary file and renamed, so a reader never
// sees half a file). A file that cannot be scored is reported with its location and the job goes on; the
// exit code says whether any failed.
//   pnpm --filter @chiso-examples/embed-node job METHODOLOGY DATA.csv [DATA.json …]
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { loadMethodology } from './load-methodology.js'
import { createScoringService } from './scoring-service.js'

interface ErrorBody {
  error: {
    message: string
    path?: string
    rejected?: Array<{ row: number; column: number; reason: string }>
    issues?: Array<{ row?: number; column?: number; path?: string; message: string }>
  }
}

/** The error of one file as `file:row:column: reason` lines (or `file: path: message`), location first. */
function located(file: string, { error }: ErrorBody): string[] {
  if (error.rejected)
    return error.rejected.map((cell) => `${file}:${cell.row}:${cell.column}: ${cell.reason}`)
  if (error.issues)
    return error.issues.map((p) => {
      const place =
        p.row === undefined ? (p.path ?? '') : `${p.row}${p.column === undefined ? '' : `:${p.column}`}`
      return `${file}${place === '' ? '' : `:${place}`}: ${p.message}`
    })
  return [`${file}: ${error.message}`]
}

/**
 * Scores each file with the methodology and writes its scorecard JSON; returns one line per file.
 *
 * @example
 * ```ts
 * scoreFiles('pci@2014', ['pci-2021.csv']) // ['pci-2021.csv → pci-2021.scorecard.json (21 units)']
 * ```
 */
export function scoreFiles(methodology: string, files: string[]): { lines: string[]; failed: number } {
  // The same service the HTTP server uses: one code path, the same answers.
  const handle = createScoringService(loadMethodology(methodology))
  const lines: string[] = []
  let failed = 0
  for (const file of files) {
    const contentType = extname(file).toLowerCase() === '.json' ? 'application/json' : 'text/csv'
    const { status, body } = handle({ method: 'POST', url: '/score', contentType, body: readFileSync(file) })
    if (status !== 200) {
      failed++
      lines.push(...located(file, JSON.parse(body) as ErrorBody))
      continue
    }
    const out = join(dirname(file), `${basename(file, extname(file))}.scorecard.json`)
    writeFileSync(`${out}.tmp`, body)
    renameSync(`${out}.tmp`, out)
    lines.push(`${file} → ${out} (${(JSON.parse(body) as { units: unknown[] }).units.length} units)`)
  }
  return { lines, failed }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const [methodology, ...files] = process.argv.slice(2).filter((arg) => arg !== '--')
  if (methodology === undefined || files.length === 0) {
    console.error(
      'usage: score-job METHODOLOGY DATA… (a catalogue reference or YAML/JSON file, then CSV or JSON files)',
    )
    process.exit(2)
  }
  const { lines, failed } = scoreFiles(methodology, files)
  for (const line of lines) console.log(line)
  process.exit(failed === 0 ? 0 : 1)
}

// Publishing next year's version of a methodology, step by step, with the `chiso` command (run in-process):
// validate → diff → fingerprint → render the appendix → carry last year's data over → re-score it.
// Run it with `pnpm --filter @chiso-examples/publish-methodology run publish-version`; files go to release/.
// Everything here is ILLUSTRATIVE: the methodology, the crosswalk and the data are invented.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type CliIO, run } from '@chiso/cli'

/** The example's own directory (where the methodology files are). */
export const EXAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')

const OLD = 'cchc-2025.methodology.yaml'
const NEW = 'cchc-2026.methodology.yaml'
const CROSSWALK = 'crosswalk-2025-2026.yaml'
const DATA = 'data-2025.synthetic.csv'

/** What a release produced. */
export interface Release {
  fingerprint: string
  files: string[]
  /** Per unit: rank under 2025 and rank of the same 2025 data under 2026 (the methodology's own effect). */
  ranks: Array<{ unit: string; name: string; rank2025: number | null; rankUnder2026: number | null }>
}

/**
 * Runs every step of the release into `out`, printing what each `chiso` command prints to `log`. Throws when a
 * step fails (an invalid methodology, a crosswalk that does not fit).
 */
export async function publish(out: string, log: CliIO['stdout'] = process.stdout): Promise<Release> {
  mkdirSync(out, { recursive: true })
  const at = (name: string) => join(out, name)
  const chiso = async (...args: string[]) => {
    log.write(
      `\n$ chiso ${args.map((arg) => (arg.startsWith(out) ? arg.replace(out, 'release') : arg)).join(' ')}\n`,
    )
    const code = await run(args, { stdout: log, stderr: log, cwd: EXAMPLE_DIR, color: false })
    if (code !== 0) throw new Error(`chiso ${args[0]} failed with exit code ${code}`)
  }
  let captured = ''
  const capture = async (...args: string[]) => {
    captured = ''
    const code = await run(args, {
      stdout: { write: (text: string) => (captured += text) },
      stderr: log,
      cwd: EXAMPLE_DIR,
      color: false,
    })
    if (code !== 0) throw new Error(`chiso ${args[0]} failed with exit code ${code}`)
    return captured
  }

  // 0. The JSON Schema beside the YAML files: their first line points editors at it for completion.
  await chiso('schema', 'methodology', '--out', join(EXAMPLE_DIR, 'methodology.schema.json'))
  await chiso('schema', 'crosswalk', '--out', join(EXAMPLE_DIR, 'crosswalk.schema.json'))
  // 1. The new version is valid: schema, tree, every rule's options.
  await chiso('validate', NEW)
  // 2. What changed since last year, as a table and as JSON.
  await chiso('diff', OLD, NEW)
  await chiso('diff', OLD, NEW, '--json', '--out', at('diff-2025-2026.json'))
  // 3. Its fingerprint: what every scorecard under it will carry.
  const { fingerprint } = JSON.parse(await capture('fingerprint', NEW, '--json')) as { fingerprint: string }
  log.write(`\nfingerprint of ${NEW}: ${fingerprint}\n`)
  writeFileSync(at('fingerprint.txt'), `${fingerprint}  ${NEW}\n`)
  // 4. The appendix table to attach to the decision.
  for (const format of ['md', 'html', 'xlsx']) {
    await chiso('render', NEW, '--format', format, '--out', at(`phu-luc-2026.${format}`))
  }
  // 5. Last year's data under this year's methodology, through the crosswalk.
  await chiso(
    'rebase',
    NEW,
    DATA,
    '--crosswalk',
    CROSSWALK,
    '--from',
    OLD,
    '--out',
    at('data-2025-as-2026.json'),
  )
  // 6. Re-score: last year's data under both versions. The rank changes are the methodology's own effect.
  await chiso('score', OLD, DATA, '--format', 'json', '--out', at('scores-2025.json'))
  await chiso(
    'score',
    NEW,
    at('data-2025-as-2026.json'),
    '--format',
    'json',
    '--out',
    at('scores-2025-under-2026.json'),
  )
  const ranks = compareRanks(at('scores-2025.json'), at('scores-2025-under-2026.json'))
  log.write('\nrank in 2025 → rank of the same 2025 data under the 2026 methodology\n')
  for (const r of ranks)
    log.write(`  ${r.name.padEnd(20)} ${String(r.rank2025).padStart(2)} → ${r.rankUnder2026}\n`)
  // 7. The release note for the changeset that publishes the new version.
  const note = releaseNote(fingerprint, JSON.parse(readFileSync(at('diff-2025-2026.json'), 'utf8')))
  writeFileSync(at('changeset.md'), note)
  log.write(`\nwrote release/changeset.md (copy it into .changeset/ to release the version)\n`)
  const files = [
    'diff-2025-2026.json',
    'fingerprint.txt',
    'phu-luc-2026.md',
    'phu-luc-2026.html',
    'phu-luc-2026.xlsx',
    'data-2025-as-2026.json',
    'scores-2025.json',
    'scores-2025-under-2026.json',
    'changeset.md',
  ]
  return { fingerprint, files, ranks }
}

type Contract = { units: Array<{ unit: string; name?: string; rank: number | null }> }

function compareRanks(before: string, after: string): Release['ranks'] {
  const a = JSON.parse(readFileSync(before, 'utf8')) as Contract
  const b = JSON.parse(readFileSync(after, 'utf8')) as Contract
  const rankAfter = new Map(b.units.map((unit) => [unit.unit, unit.rank]))
  return a.units.map((unit) => ({
    unit: unit.unit,
    name: unit.name ?? unit.unit,
    rank2025: unit.rank,
    rankUnder2026: rankAfter.get(unit.unit) ?? null,
  }))
}

function releaseNote(
  fingerprint: string,
  diff: { changes: Array<{ kind: string }>; to: { version: string } },
): string {
  const count = (kind: string) => diff.changes.filter((change) => change.kind === kind).length
  return [
    '---',
    '"@chiso-examples/publish-methodology": minor',
    '---',
    '',
    `cchc.commune.illustrative@${diff.to.version} (ILLUSTRATIVE): ${count('node-added')} criteria added, ` +
      `${count('node-removed')} removed, ${count('node-moved')} moved, ${count('node-renamed')} renamed, ` +
      `${count('node-changed')} changed. Fingerprint ${fingerprint}.`,
    '',
  ].join('\n')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  publish(join(EXAMPLE_DIR, 'release')).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}

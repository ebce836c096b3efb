import { catalogue, localize } from '@chiso/core'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { CATALOGUE_COMMAND_MESSAGES } from '../messages/catalogue-command.js'
import type { CommandContext, RegisterCommand } from './context.js'

/**
 * Options of `chiso catalogue`.
 *
 * @example
 * ```ts
 * const options: CatalogueCommandOptions = { json: true, lang: 'en' }
 * ```
 */
export interface CatalogueCommandOptions {
  json?: boolean
  lang?: 'vi' | 'en'
}

/**
 * One catalogue entry as `chiso catalogue --json` prints it.
 *
 * @example
 * ```ts
 * const entry: CatalogueListing = {
 *   id: 'pci', version: '2014.0.0', reference: 'pci@2014.0.0', title: 'Provincial Competitiveness Index (PCI)',
 *   status: 'official', coverage: 'components', basis: [], fingerprint: 'sha256:…',
 * }
 * ```
 */
export interface CatalogueListing {
  id: string
  version: string
  reference: string
  title: string
  status: string
  coverage: string
  basis: Array<{ document: string; date?: string; issuer?: string; source?: string }>
  fingerprint: string
}

/**
 * Lists the methodologies that ship with chiso (sorted by id, then version): what `chiso catalogue` prints.
 *
 * @example
 * ```ts
 * catalogueListing('en').map((entry) => entry.reference)
 * // ['par-index.province@2022.0.0', 'pci@2014.0.0', 'service-index.766@2022.0.0']
 * ```
 */
export function catalogueListing(language: 'vi' | 'en'): CatalogueListing[] {
  return catalogue.list().map((entry) => {
    const methodology = catalogue.resolve(entry.reference)
    return {
      id: entry.id,
      version: entry.version,
      reference: entry.reference,
      title: localize(methodology.title, language),
      status: entry.status,
      coverage: entry.coverage,
      basis: methodology.basis.map(({ document, date, issuer, source }) => ({
        document,
        ...(date === undefined ? {} : { date }),
        ...(issuer === undefined ? {} : { issuer }),
        ...(source === undefined ? {} : { source }),
      })),
      fingerprint: entry.fingerprint,
    }
  })
}

/**
 * `chiso catalogue [--json] [--lang vi|en]`: lists every catalogue methodology with its versions, status,
 * coverage, legal basis and sources, and fingerprint.
 *
 * @example
 * ```ts
 * catalogueCommand({ lang: 'en' }, context)
 * // stdout: chiso catalogue: 3 methodology versions
 * //         pci@2014.0.0  Provincial Competitiveness Index (PCI) …
 * // → 0
 * ```
 */
export function catalogueCommand(options: CatalogueCommandOptions, context: CommandContext): ExitCode {
  const language = options.lang ?? context.language ?? 'vi'
  const listing = catalogueListing(language)
  const { stdout } = context.io
  if (options.json) {
    stdout.write(`${JSON.stringify(listing, null, 2)}\n`)
    return EXIT.OK
  }
  const words = CATALOGUE_COMMAND_MESSAGES[language]
  const lines = [context.out('bold', words.heading(listing.length)), '']
  for (const entry of listing) {
    lines.push(`${context.out('bold', entry.reference)}  ${entry.title}`)
    lines.push(
      `  ${words.statusLabel}: ${words.status[entry.status] ?? entry.status}; ${words.coverage[entry.coverage] ?? entry.coverage}`,
    )
    if (entry.basis.length === 0) lines.push(`  ${words.basisLabel}: ${words.noBasis}`)
    for (const basis of entry.basis) {
      const detail = [basis.date, basis.issuer].filter((part) => part !== undefined).join(', ')
      lines.push(`  ${words.basisLabel}: ${basis.document}${detail === '' ? '' : ` (${detail})`}`)
      if (basis.source !== undefined) lines.push(`    ${words.sourceLabel}: ${basis.source}`)
    }
    lines.push(`  ${words.fingerprintLabel}: ${entry.fingerprint}`)
    lines.push(`  ${words.usage(`${entry.id}@${entry.version.split('.')[0]}`)}`)
    lines.push('')
  }
  stdout.write(`${lines.join('\n')}`)
  return EXIT.OK
}

/**
 * Adds `chiso catalogue [--json] [--lang vi|en]` to the program.
 *
 * @example
 * ```ts
 * registerCatalogueCommand(program, context, state)
 * ```
 */
export const registerCatalogueCommand: RegisterCommand = (program, context, state) => {
  program
    .command('catalogue')
    .description('list the methodologies that ship with chiso: ids, versions, status, legal basis')
    .option(
      '--json',
      'print the list as JSON (id, version, reference, title, status, coverage, basis, fingerprint)',
    )
    .addHelpText(
      'after',
      [
        '',
        'A catalogue id is used wherever a METHODOLOGY file is: id@version, id@year or id@range.',
        '',
        'Examples:',
        '  $ chiso catalogue',
        '  $ chiso catalogue --json --lang en',
      ].join('\n'),
    )
    .action((options: CatalogueCommandOptions) => {
      state.exitCode = catalogueCommand(options, context)
    })
}

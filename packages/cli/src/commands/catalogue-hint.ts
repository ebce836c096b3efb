import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ChisoError, catalogue, isCatalogueReference } from '@chiso/core'
import { inVietnamese } from '../io/error-words.js'
import { CATALOGUE_COMMAND_MESSAGES } from '../messages/catalogue-command.js'

/**
 * When a METHODOLOGY argument names no file and is not a well-formed catalogue reference but looks like one
 * written loosely — in the wrong case (`PCI@2014`) or without a version (`pci`, `par-index`) — the error that
 * says so and suggests the references meant (`did you mean pci@2014?`), instead of a missing-file error.
 * `undefined` when the argument is a file, a proper reference, or like no catalogue id.
 *
 * @example
 * ```ts
 * looseCatalogueReference('PCI@2014', cwd)?.hint // 'did you mean pci@2014? (see: chiso catalogue)'
 * looseCatalogueReference('pci', cwd)?.hint      // 'did you mean pci@2014? (see: chiso catalogue)'
 * looseCatalogueReference('m.yaml', cwd)         // undefined
 * ```
 */
export function looseCatalogueReference(reference: string, cwd: string): ChisoError | undefined {
  if (isCatalogueReference(reference) || /[/\\]|\.(ya?ml|json)$/i.test(reference)) return undefined
  if (existsSync(resolve(cwd, reference))) return undefined
  const folded = reference.normalize('NFC').toLowerCase().trim()
  const at = folded.indexOf('@')
  const id = at < 0 ? folded : folded.slice(0, at)
  const range = at < 0 ? undefined : folded.slice(at + 1)
  if (id === '') return undefined
  const ids = [...new Set(catalogue.list().map((entry) => entry.id))]
  const matches = ids.includes(id) ? [id] : ids.filter((known) => known.startsWith(id))
  if (matches.length === 0) return undefined
  const suggestions = matches.flatMap((match) => {
    if (range !== undefined && range !== '' && catalogue.has(`${match}@${range}`))
      return [`${match}@${range}`]
    // Newest first: the year form (`pci@2014`) names the newest version of that year.
    const years = [...new Set(catalogue.versions(match).map((version) => version.split('.')[0]!))].reverse()
    return years.map((year) => `${match}@${year}`)
  })
  const [words, vi] = [CATALOGUE_COMMAND_MESSAGES.en, CATALOGUE_COMMAND_MESSAGES.vi]
  const error = new ChisoError('NOT_FOUND', words.notAFile(reference), {
    hint: words.didYouMean(suggestions.join(', ')),
  })
  return inVietnamese(error, { message: vi.notAFile(reference), hint: vi.didYouMean(suggestions.join(', ')) })
}

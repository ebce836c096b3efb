import type { Catalogue } from './create-catalogue.js'

/**
 * A catalogue built on its first use and kept: importing `@chiso/core` then costs nothing for the shipped
 * methodologies (parsing and fingerprinting them took about a tenth of the CLI's start-up), and a command
 * that never looks one up never builds it. The built catalogue is the same frozen object every call sees.
 *
 * @example
 * ```ts
 * const shipped = lazyCatalogue(() => createCatalogue([pci2014]))
 * shipped.versions('pci') // ['2014.0.0'] (built here, once)
 * ```
 */
export function lazyCatalogue(build: () => Catalogue): Catalogue {
  let built: Catalogue | undefined
  const get = (): Catalogue => {
    built ??= build()
    return built
  }
  return Object.freeze({
    list: () => get().list(),
    versions: (id: string) => get().versions(id),
    has: (reference: string) => get().has(reference),
    resolve: (reference: string) => get().resolve(reference),
  })
}

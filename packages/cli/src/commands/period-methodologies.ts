import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { ChisoError, type CompiledMethodology, isCatalogueReference } from '@chiso/core'
import { compileDocument } from '../io/compile-document.js'
import { locateInDocument } from '../io/located-error.js'
import { type ReadDocument, readDocument } from '../io/read-document.js'
import { looseCatalogueReference } from './catalogue-hint.js'
import { methodologySizeLimit, type RunLimits } from './limit-options.js'
import { loadMethodology } from './load-methodology.js'

/**
 * The methodology in force for each period: one for all (the METHODOLOGY argument is a methodology file or a
 * catalogue id) or one per period (the argument is a map file with `periods:`). `single` is set in the first
 * case. Each methodology is compiled once, however many periods use it.
 *
 * @example
 * ```ts
 * const { methodologyFor } = await loadPeriodMethodologies('periods.yaml', io.cwd)
 * methodologyFor('2023')?.methodology.version // '2.0.0'
 * methodologyFor('2019')                      // undefined: no methodology for 2019
 * ```
 */
export async function loadPeriodMethodologies(
  reference: string,
  cwd: string,
  limits?: RunLimits,
): Promise<PeriodMethodologies> {
  const read = readIfFile(reference, cwd, limits)
  if (read === undefined || !isPeriodMap(read.value)) {
    // A methodology: the document already read is compiled as loadMethodology would (read once, not twice).
    const single =
      read === undefined
        ? loadMethodology(reference, cwd, limits)
        : compileDocument(read, limits?.engine, limits?.plugins, cwd)
    return { methodologyFor: () => single, single, file: reference, leaves: leafSet([single]) }
  }
  const document = read
  // Loaded only for a period map: the schema needs zod, which a run on one methodology does not load.
  const { PeriodMapSchema } = await import('./period-map-schema.js')
  const parsed = PeriodMapSchema.safeParse(document.value)
  if (!parsed.success) {
    throw locateInDocument(
      new ChisoError('INVALID_PANEL', 'invalid period → methodology map', {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
          message: issue.message,
        })),
      }),
      document,
    )
  }
  const base = dirname(resolve(cwd, reference))
  const compiled = new Map<string, CompiledMethodology>()
  const byPeriod = new Map<string, CompiledMethodology>()
  for (const [period, target] of Object.entries(parsed.data.periods)) {
    const local = resolve(base, target)
    const name = isCatalogueReference(target) && !existsSync(local) ? target : relative(cwd, local) || target
    let methodology = compiled.get(name)
    if (methodology === undefined) {
      methodology = loadMethodology(name, cwd, limits)
      compiled.set(name, methodology)
    }
    byPeriod.set(period, methodology)
  }
  return {
    methodologyFor: (period) => byPeriod.get(period),
    file: reference,
    leaves: leafSet([...compiled.values()]),
  }
}

/**
 * The methodologies of a run's periods: the one in force for a period, the single one when there is one, the
 * file named, and every leaf code of them all (the columns the data may hold).
 *
 * @example
 * ```ts
 * const methodologies: PeriodMethodologies = loadPeriodMethodologies('periods.yaml', io.cwd)
 * ```
 */
export interface PeriodMethodologies {
  methodologyFor: (period: string) => CompiledMethodology | undefined
  single?: CompiledMethodology
  file: string
  leaves: ReadonlySet<string>
}

const leafSet = (all: ReadonlyArray<CompiledMethodology>) =>
  new Set(all.flatMap((compiled) => compiled.leaves.map((leaf) => leaf.code)))

/**
 * The METHODOLOGY argument's document when it names a YAML/JSON file (read under the methodology's size limit:
 * a file too large is refused here as it would be there); `undefined` for a catalogue reference.
 */
function readIfFile(reference: string, cwd: string, limits: RunLimits | undefined): ReadDocument | undefined {
  if (isCatalogueReference(reference) && !existsSync(resolve(cwd, reference))) return undefined
  const loose = looseCatalogueReference(reference, cwd)
  if (loose) throw loose
  return readDocument(reference, cwd, methodologySizeLimit(limits))
}

/** A document whose top level has `periods` and no `tree`: a period map, not a methodology. */
function isPeriodMap(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'periods' in value && !('tree' in value)
}

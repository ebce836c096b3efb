import { isChisoError, parseUnitRegistry, type UnitRegistry } from '@chiso/core'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'

/**
 * Reads and checks a unit registry file (`--registry FILE`, YAML or JSON): every problem (overlapping records,
 * dangling lineage, cycles, dates) is a `ChisoError` placed in the file, line and column.
 *
 * @example
 * ```ts
 * loadRegistry('provinces-2025.registry.yaml', io.cwd).events.length // 23
 * ```
 */
export function loadRegistry(file: string, cwd: string): UnitRegistry {
  const document = readDocument(file, cwd)
  try {
    return parseUnitRegistry(document.value)
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
}

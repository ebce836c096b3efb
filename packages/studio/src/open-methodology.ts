// Opens the methodology the official chose: a catalogue reference (`par-index.province@2022`) or a file's text,
// YAML or JSON, read with the same strict YAML reading as the command line (exact numbers, no duplicate keys).
import {
  ChisoError,
  type CompiledMethodology,
  catalogue,
  copyErrorReason,
  createEngine,
  isChisoError,
} from '@chiso/core'
import { parseYaml } from '../../cli/src/io/parse-yaml.js'
import { saidByStudio } from './studio-error.js'

/** Where the methodology comes from: a catalogue reference, or a file's name and text. */
export type MethodologySource =
  | { readonly kind: 'catalogue'; readonly reference: string }
  | { readonly kind: 'file'; readonly file: string; readonly text: string }

/**
 * The catalogue's references (`id@version`) and titles, for the page's list.
 *
 * @example
 * ```ts
 * catalogueChoices()[0] // { reference: 'par-index.province@2022.0.0', title: 'PAR INDEX …' }
 * ```
 */
export function catalogueChoices(): ReadonlyArray<{ reference: string; title: string }> {
  return catalogue.list().map((entry) => ({ reference: entry.reference, title: entry.title }))
}

/**
 * Compiles the chosen methodology with the built-in plugins. Files other than `.yaml`, `.yml` and `.json`
 * are refused with `UNSUPPORTED_FORMAT`; syntax and schema errors are `ChisoError`s naming the file.
 *
 * @example
 * ```ts
 * openMethodology({ kind: 'catalogue', reference: 'pci@2014' }).methodology.id // 'pci'
 * ```
 */
export function openMethodology(source: MethodologySource): CompiledMethodology {
  if (source.kind === 'catalogue') return createEngine().compile(catalogue.resolve(source.reference))
  const name = source.file.toLowerCase()
  const text = source.text.replace(/^\uFEFF/, '')
  let value: unknown
  if (name.endsWith('.yaml') || name.endsWith('.yml')) value = parseYaml(text, source.file)
  else if (name.endsWith('.json')) value = parseJsonDocument(text, source.file)
  else
    throw saidByStudio(
      new ChisoError('UNSUPPORTED_FORMAT', `unsupported file type: ${source.file}`, {
        issues: [{ file: source.file, message: `${source.file}: expected a .yaml, .yml or .json file` }],
      }),
      (m) => m.unsupportedMethodology(source.file),
    )
  try {
    return createEngine().compile(value)
  } catch (error) {
    // The engine's issues carry JSON paths; the file name tells the official which file they are in.
    if (isChisoError(error) && error.code !== 'INTERNAL') {
      throw new ChisoError(error.code, `${source.file}: ${error.message}`, {
        // copyErrorReason: an issue's reason code (not enumerable) is not carried by a spread.
        issues: error.issues.map((issue) => copyErrorReason(issue, { file: source.file, ...issue })),
      })
    }
    throw error
  }
}

function parseJsonDocument(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ChisoError('INVALID_SYNTAX', `${file} is not valid JSON`, {
      issues: [{ file, message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` }],
    })
  }
}

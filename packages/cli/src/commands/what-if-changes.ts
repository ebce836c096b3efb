import { CellRejection, readCell } from '@chiso/adapters'
import { ChisoError, type ChisoIssue, type JsonPath, type Observation } from '@chiso/core'
import { InvalidArgumentError } from 'commander'
import { z } from 'zod'
import { locateInDocument } from '../io/located-error.js'
import { type ReadDocument, readDocument } from '../io/read-document.js'

/**
 * Where one what-if change was written: a command-line argument (`--set 1.1.1=có`) or a place in a changes
 * file. Refusals name it, so a user finds the change at fault.
 *
 * @example
 * ```ts
 * const origin: ChangeOrigin = { argument: '--set 1.1.1=có' }
 * ```
 */
export type ChangeOrigin =
  | { readonly argument: string }
  | { readonly document: Pick<ReadDocument, 'file' | 'locate'>; readonly path: JsonPath }

/**
 * One observation change of a what-if: the new value of a leaf's field (`value` unless named) for the unit.
 *
 * @example
 * ```ts
 * const edit: ValueEdit = { node: '1.1.2', field: 'done', value: '40', origin: { argument: '--set 1.1.2:done=40' } }
 * ```
 */
export interface ValueEdit {
  readonly node: string
  readonly field?: string
  readonly value: Observation['value']
  readonly origin: ChangeOrigin
}

/**
 * One weight change of a what-if: a node's new relative weight (a decimal string).
 *
 * @example
 * ```ts
 * const edit: WeightEdit = { node: 'transparency', weight: '25', origin: { argument: '--weight transparency=25' } }
 * ```
 */
export interface WeightEdit {
  readonly node: string
  readonly weight: string
  readonly origin: ChangeOrigin
}

/**
 * Every change a what-if asks for, in the order given (command line first, then the changes file).
 *
 * @example
 * ```ts
 * const edits: WhatIfEdits = { values: [parseSetOption('1.1.1=có')], weights: [] }
 * ```
 */
export interface WhatIfEdits {
  readonly values: ReadonlyArray<ValueEdit>
  readonly weights: ReadonlyArray<WeightEdit>
}

/** `CODE[:FIELD]`, the way a wide CSV's header names a leaf's field (`1.1.2:done`). */
function splitTarget(target: string): { node: string; field?: string } {
  const colon = target.lastIndexOf(':')
  if (colon <= 0) return { node: target }
  return { node: target.slice(0, colon), field: target.slice(colon + 1) }
}

/** Reads a value the way a data cell is read (`7,5`, `95%`, `có`, `NA`/`KAD`, empty = missing). */
function readValue(text: string): Observation['value'] | CellRejection {
  return readCell(text)
}

/**
 * Parses one `--set CODE[:FIELD]=VALUE` option. The value is read like a data cell: a number (`7.5`, `7,5`,
 * `95%`), `có`/`không` (yes/no), `NA`/`KAD` (not applicable), or nothing (missing). A malformed option is a
 * usage error (exit 2).
 *
 * @example
 * ```ts
 * parseSetOption('1.1.1=có')          // { node: '1.1.1', value: true, origin: { argument: '--set 1.1.1=có' } }
 * parseSetOption('1.1.2:done=40')     // { node: '1.1.2', field: 'done', value: '40', … }
 * parseSetOption('1.2.2')             // throws InvalidArgumentError: write CODE=VALUE
 * ```
 */
export function parseSetOption(text: string): ValueEdit {
  const equals = text.indexOf('=')
  if (equals <= 0) throw new InvalidArgumentError(`"${text}": write CODE=VALUE (e.g. 1.1.1=có, 1.2.2=0.5)`)
  const target = splitTarget(text.slice(0, equals).trim().normalize('NFC'))
  const value = readValue(text.slice(equals + 1))
  if (value instanceof CellRejection) throw new InvalidArgumentError(`"${text}": ${value.reason}`)
  return { ...target, value, origin: { argument: `--set ${text}` } }
}

/**
 * Parses one `--weight CODE=WEIGHT` option (a decimal ≥ 0). A malformed option is a usage error (exit 2).
 *
 * @example
 * ```ts
 * parseWeightOption('transparency=25') // { node: 'transparency', weight: '25', origin: { argument: '--weight transparency=25' } }
 * parseWeightOption('transparency=có') // throws InvalidArgumentError
 * ```
 */
export function parseWeightOption(text: string): WeightEdit {
  const equals = text.indexOf('=')
  if (equals <= 0) throw new InvalidArgumentError(`"${text}": write CODE=WEIGHT (e.g. transparency=25)`)
  const weight = readValue(text.slice(equals + 1))
  if (typeof weight !== 'string' || weight.startsWith('-'))
    throw new InvalidArgumentError(`"${text}": a weight is a number ≥ 0 (e.g. 25, 0.2)`)
  return {
    node: text.slice(0, equals).trim().normalize('NFC'),
    weight,
    origin: { argument: `--weight ${text}` },
  }
}

/** Collects a repeatable option's values (commander calls it once per occurrence). */
export function collect<T>(parse: (text: string) => T): (text: string, previous: T[] | undefined) => T[] {
  return (text, previous) => [...(previous ?? []), parse(text)]
}

const ChangesFileSchema = z.strictObject({
  set: z
    .record(
      z.string(),
      z.union([z.string(), z.boolean(), z.null()], {
        error:
          'expected a value as text ("0.5", "có", "NA"), true/false, or null (missing): decimals are written as strings',
      }),
    )
    .optional(),
  weights: z
    .record(z.string(), z.string({ error: 'expected a weight as a decimal string ("25")' }))
    .optional(),
})

/**
 * Reads a what-if changes file (YAML or JSON): `set` maps `CODE[:FIELD]` to a value (text read like a data
 * cell, true/false, or null for missing), `weights` maps node codes to decimal strings. Every problem is a
 * `ChisoError` located in the file (line and column).
 *
 * @example
 * ```ts
 * // dong-son.changes.yaml:  set: { "1.1.1": có, "1.2.2": "0.5" }   weights: { "1": "2" }
 * readChangesFile('dong-son.changes.yaml', cwd).values.length // 2
 * ```
 */
export function readChangesFile(file: string, cwd: string): WhatIfEdits {
  const document = readDocument(file, cwd)
  const parsed = ChangesFileSchema.safeParse(document.value)
  if (!parsed.success) {
    throw locateInDocument(
      new ChisoError('INVALID_ARGUMENT', 'invalid what-if changes file', {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
          message: issue.message,
        })),
      }),
      document,
    )
  }
  const problems: ChisoIssue[] = []
  const values: ValueEdit[] = []
  for (const [target, raw] of Object.entries(parsed.data.set ?? {})) {
    const path = ['set', target]
    const value = typeof raw === 'string' ? readValue(raw) : raw
    if (value instanceof CellRejection) problems.push({ path, message: value.reason })
    else values.push({ ...splitTarget(target.normalize('NFC')), value, origin: { document, path } })
  }
  const weights: WeightEdit[] = []
  for (const [node, raw] of Object.entries(parsed.data.weights ?? {})) {
    const path = ['weights', node]
    const weight = readValue(raw)
    if (typeof weight !== 'string' || weight.startsWith('-'))
      problems.push({ path, message: 'a weight is a number ≥ 0 (e.g. "25", "0.2")' })
    else weights.push({ node: node.normalize('NFC'), weight, origin: { document, path } })
  }
  if (problems.length > 0)
    throw locateInDocument(
      new ChisoError('INVALID_ARGUMENT', 'invalid what-if changes file', { issues: problems }),
      document,
    )
  return { values, weights }
}

/**
 * A refusal of one change, placed where the change was written: on the `error:` line for a command-line
 * argument, at the line and column of a changes file otherwise.
 *
 * @example
 * ```ts
 * throw refuseChange({ argument: '--set 9.9=1' }, 'NOT_FOUND', 'the methodology has no criterion "9.9"')
 * // error: --set 9.9=1: the methodology has no criterion "9.9"
 * ```
 */
export function refuseChange(
  origin: ChangeOrigin,
  code: 'NOT_FOUND' | 'INVALID_ARGUMENT',
  message: string,
  hint?: string,
): ChisoError {
  if ('argument' in origin) {
    return new ChisoError(code, `${origin.argument}: ${message}`, {
      issues: [{ message: `${origin.argument}: ${message}`, ...(hint === undefined ? {} : { hint }) }],
    })
  }
  return locateInDocument(
    new ChisoError(code, message, {
      issues: [{ path: origin.path, message, ...(hint === undefined ? {} : { hint }) }],
    }),
    origin.document,
  )
}

import { ChisoError, withErrorReason } from '@chiso/core'

/**
 * The error for a unit or node asked for by code (`--unit`, `--node`) that the data or methodology does not
 * have, located in that file and listing the first 20 codes it does have. It carries its reason code
 * (`not-found.unit-among`, `not-found.node-among`) so Vietnamese output says it with the same values.
 *
 * @example
 * ```ts
 * notFoundAmong('unit', 'ha-noi', ['hue', 'hai-phong'], 'd.csv').issues[0]?.message
 * // 'no unit "ha-noi" (known: hue, hai-phong)'
 * ```
 */
export function notFoundAmong(
  what: 'unit' | 'node',
  code: string,
  codes: ReadonlyArray<string>,
  file: string,
): ChisoError {
  const known = `${codes.slice(0, 20).join(', ')}${codes.length > 20 ? ', …' : ''}`
  const issue = withErrorReason(
    { file, message: `no ${what} "${code}" (known: ${known})` },
    { code: `not-found.${what}-among`, params: { [what]: code, known } },
  )
  return new ChisoError('NOT_FOUND', `no ${what} "${code}"`, { issues: [issue] })
}

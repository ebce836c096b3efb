import { invisibleCharacter } from '@chiso/core'
import { InvalidArgumentError } from 'commander'

/**
 * Parses a `--unit CODE` option as the datasets read unit codes: NFC-normalised (a code typed with combining
 * marks finds the unit), and refused as a usage error when it holds an invisible character.
 *
 * @example
 * ```ts
 * unitCodeOption('Hue\u0301')   // 'Hué'
 * unitCodeOption('H\u200bN')    // throws InvalidArgumentError: holds an invisible character (U+200B)
 * ```
 */
export function unitCodeOption(value: string): string {
  const code = value.normalize('NFC')
  const invisible = invisibleCharacter(code)
  if (invisible !== undefined)
    throw new InvalidArgumentError(`the unit code holds an invisible character (${invisible}): remove it`)
  return code
}

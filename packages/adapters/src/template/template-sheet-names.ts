import type { Unit } from '@chiso/core'
import { TEMPLATE_SHEET } from './template-meta.js'

/**
 * Excel sheet names for the units: at most 31 characters, none of []:*?/\, unique, never `chiso`.
 *
 * @example
 * ```ts
 * sheetNamesFor([{ code: 'a/b' }, { code: 'a:b' }]) // ['a-b', 'a-b~2']
 * ```
 */
export function sheetNamesFor(units: ReadonlyArray<Unit>): string[] {
  const used = new Set<string>([TEMPLATE_SHEET])
  return units.map((unit) => {
    const base =
      unit.code
        .replace(/[[\]:*?/\\]/g, '-')
        .replace(/^'|'$/g, '-')
        .slice(0, 31) || 'unit'
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`
    used.add(name.toLowerCase())
    return name
  })
}

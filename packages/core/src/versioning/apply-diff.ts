import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { explicitMethodology } from '../model/explicit-methodology.js'
import type { Methodology } from '../schema/methodology.js'
import type { MethodologyNode } from '../schema/node.js'
import type { MethodologyDiff } from './diff-types.js'
import { fingerprintOf } from './fingerprint.js'
import { buildTree, type FlatNode, flattenTree } from './flat-tree.js'

type MutableNode = Record<string, unknown> & { code: string }

/**
 * Applies a diff made by {@link diffMethodologies} to the methodology it was made from, giving the other
 * version (in its {@link explicitMethodology} form): `applyDiff(a, diffMethodologies(a, b))` equals
 * `explicitMethodology(b)`. The diff is tied to both versions by fingerprint: applying it to another
 * methodology, or a diff edited so that it no longer yields its `to` version, throws `INVALID_DIFF`.
 *
 * @example
 * ```ts
 * const d = diffMethodologies(pci2014, pciNext)
 * fingerprint(applyDiff(pci2014, d)) === fingerprint(pciNext) // true
 * ```
 *
 * @category Versioning
 */
export function applyDiff(methodology: unknown, diff: MethodologyDiff): Methodology {
  const base = explicitMethodology(methodology)
  const baseFingerprint = fingerprintOf(base)
  if (baseFingerprint !== diff.from.fingerprint) {
    throw new ChisoError(
      ERROR_CODES.INVALID_DIFF,
      `the diff was made from ${diff.from.id}@${diff.from.version} (${diff.from.fingerprint}), not from ${base.id}@${base.version} (${baseFingerprint})`,
      { path: ['from', 'fingerprint'] },
    )
  }
  const result: Record<string, unknown> = { ...base }
  const flat = new Map<string, { node: MutableNode; parent: string | null; index: number }>()
  for (const [code, entry] of flattenTree(base.tree)) {
    flat.set(code, { node: { ...entry.node }, parent: entry.parent, index: entry.index })
  }
  const pinned = new Map<string | null, Array<{ code: string; index: number }>>()
  const pin = (code: string, parent: string | null, index: number) => {
    const list = pinned.get(parent) ?? []
    list.push({ code, index })
    pinned.set(parent, list)
  }
  const existing = (code: string, at: number) => {
    const entry = flat.get(code)
    if (!entry) {
      throw new ChisoError(ERROR_CODES.INVALID_DIFF, `the diff names node "${code}", which does not exist`, {
        path: ['changes', at, 'code'],
      })
    }
    return entry
  }
  diff.changes.forEach((change, at) => {
    switch (change.kind) {
      case 'methodology-changed':
        setOrDelete(result, change.field, change.after)
        break
      case 'node-added':
        flat.set(change.code, {
          node: { ...change.node } as MutableNode,
          parent: change.to.parent,
          index: -1,
        })
        pin(change.code, change.to.parent, change.to.index)
        break
      case 'node-removed':
        existing(change.code, at)
        flat.delete(change.code)
        break
      case 'node-moved': {
        const entry = existing(change.code, at)
        entry.parent = change.to.parent
        entry.index = -1
        pin(change.code, change.to.parent, change.to.index)
        break
      }
      case 'node-renamed':
        existing(change.code, at).node.title = change.after
        break
      case 'node-changed': {
        const node = existing(change.code, at).node
        if (change.field.endsWith('.with')) {
          const call = change.field.slice(0, -'.with'.length)
          const current = node[call] as Record<string, unknown> | undefined
          if (!current) {
            throw new ChisoError(ERROR_CODES.INVALID_DIFF, `node "${change.code}" has no ${call} to change`, {
              path: ['changes', at, 'field'],
            })
          }
          const updated = { ...current }
          setOrDelete(updated, 'with', change.after)
          node[call] = updated
        } else setOrDelete(node, change.field, change.after)
        break
      }
    }
  })
  result.tree = buildTree(placeSiblings(flat, pinned))
  const out = explicitMethodology(result)
  const outFingerprint = fingerprintOf(out)
  if (outFingerprint !== diff.to.fingerprint) {
    throw new ChisoError(
      ERROR_CODES.INVALID_DIFF,
      `applying the diff gives ${outFingerprint}, not ${diff.to.id}@${diff.to.version} (${diff.to.fingerprint}): the diff was edited or is incomplete`,
      { path: ['to', 'fingerprint'] },
    )
  }
  return out
}

/**
 * Orders each parent's children: nodes that did not move keep their relative order; added and moved nodes
 * are inserted at their stated positions, lowest first, which puts every node where the diff says.
 */
function placeSiblings(
  flat: Map<string, { node: MutableNode; parent: string | null; index: number }>,
  pinned: ReadonlyMap<string | null, ReadonlyArray<{ code: string; index: number }>>,
): Map<string, FlatNode> {
  const stay = new Map<string | null, Array<{ code: string; index: number }>>()
  for (const [code, entry] of flat) {
    if (entry.index < 0) continue
    const list = stay.get(entry.parent) ?? []
    list.push({ code, index: entry.index })
    stay.set(entry.parent, list)
  }
  const out = new Map<string, FlatNode>()
  for (const parent of new Set([...stay.keys(), ...pinned.keys()])) {
    const order = (stay.get(parent) ?? []).sort((x, y) => x.index - y.index).map((entry) => entry.code)
    for (const entry of [...(pinned.get(parent) ?? [])].sort((x, y) => x.index - y.index)) {
      order.splice(entry.index, 0, entry.code)
    }
    order.forEach((code, index) => {
      const entry = flat.get(code)!
      out.set(code, { node: entry.node as unknown as MethodologyNode, parent, index })
    })
  }
  return out
}

function setOrDelete(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) delete target[key]
  else target[key] = value
}

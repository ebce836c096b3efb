// The explanation of one number of a unit, in the page's language: the node's points, maximum and status; for
// an aggregate, its children (each a button to go one level down); for a leaf, its rule, every input with the
// file, sheet, row and column it was read from, and the steps applied (normalising, rounding, capping).
import { type ExplicitMethodology, type ExplicitNode, ROOT_CODE, type UnitResult } from '@chiso/core'
import { h } from './dom.js'
import { orDash, shown, titleIn } from './format.js'
import { STUDIO_MESSAGES, type StudioLanguage, type StudioMessages } from './messages.js'

/**
 * The nodes of a methodology tree by code (the root's children under `ROOT_CODE`).
 *
 * @example
 * ```ts
 * nodesByCode(compiled.methodology.tree).get('1.1')?.title // 'Ban hành kế hoạch CCHC'
 * ```
 */
export function nodesByCode(tree: ReadonlyArray<ExplicitNode>): Map<string, ExplicitNode> {
  const byCode = new Map<string, ExplicitNode>()
  const walk = (nodes: ReadonlyArray<ExplicitNode>) => {
    for (const node of nodes) {
      byCode.set(node.code, node)
      walk(node.children ?? [])
    }
  }
  walk(tree)
  return byCode
}

/**
 * The explanation panel of `code` (or of the whole index, `ROOT_CODE`) for one unit.
 *
 * @example
 * ```ts
 * profile.append(explanationView(unit, '1.1', nodes, 'vi', (code) => show(code)))
 * ```
 */
export function explanationView(
  unit: UnitResult,
  code: string,
  methodology: ExplicitMethodology,
  language: StudioLanguage,
  explain: (code: string) => void,
): HTMLElement {
  const tree = methodology.tree
  const display = methodology.display
  const m = STUDIO_MESSAGES[language]
  const nodes = nodesByCode(tree)
  const node = nodes.get(code)
  const result = code === ROOT_CODE ? undefined : unit.nodes[code]
  const heading = code === ROOT_CODE ? m.explainUnit : `${code} ${node ? titleIn(node.title, language) : ''}`
  const lines: HTMLElement[] = []
  if (code === ROOT_CODE) {
    lines.push(
      h(
        'p',
        {},
        `${m.colScore}: ${orDash(unit.score)} / ${orDash(unit.max)} · ${m.colIndex}: ${orDash(unit.index)} (${orDash(unit.indexDisplay)})`,
      ),
    )
  } else if (result !== undefined) {
    lines.push(
      h(
        'p',
        {},
        `${m.colScore}: ${orDash(result.score)} / ${orDash(result.max)} · ${statusText(result.status, m)}`,
      ),
    )
  }
  const trace = result?.trace
  if (trace?.kind === 'leaf') {
    lines.push(h('p', {}, m.rule(trace.rule)))
    lines.push(
      h(
        'ul',
        {},
        Object.entries(trace.inputs).map(([field, value]) => {
          const origin = trace.origins?.[field]
          const where =
            origin === undefined
              ? ''
              : [
                  origin.file === undefined ? undefined : m.originFile(origin.file),
                  origin.sheet === undefined ? undefined : m.originSheet(origin.sheet),
                  origin.row === undefined ? undefined : m.originRow(origin.row),
                  origin.column === undefined ? undefined : m.originColumn(String(origin.column)),
                ]
                  .filter((part) => part !== undefined)
                  .join(', ')
          const shown = value === true ? m.yes : value === false ? m.no : String(value)
          return h(
            'li',
            { 'data-field': field },
            m.input(field, shown),
            where === '' ? '' : ` — ${m.origin(where)}`,
          )
        }),
      ),
    )
    if (trace.note !== undefined) lines.push(h('p', {}, trace.note))
  }
  for (const step of result?.steps ?? [])
    lines.push(h('p', {}, m.step(`${step.step} (${step.by})`, orDash(step.from), orDash(step.to))))
  const children = code === ROOT_CODE ? tree : (node?.children ?? [])
  if (children.length > 0) {
    if (trace?.kind === 'aggregate') lines.push(h('p', {}, m.aggregator(trace.aggregator)))
    lines.push(
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.colNode),
            h('th', { scope: 'col', class: 'number' }, m.colPoints),
            h('th', { scope: 'col', class: 'number' }, m.colWeight),
            h('th', { scope: 'col' }, m.colStatus),
          ),
        ),
        h(
          'tbody',
          {},
          children.map((child) => {
            const childResult = unit.nodes[child.code]
            return h(
              'tr',
              {},
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    onclick: () => explain(child.code),
                    'aria-label': m.explainButton(child.code),
                  },
                  `${child.code} ${titleIn(child.title, language)}`,
                ),
              ),
              h(
                'td',
                { class: 'number', title: `${orDash(childResult?.score)} / ${orDash(childResult?.max)}` },
                `${shown(childResult?.score, display)} / ${shown(childResult?.max, display)}`,
              ),
              h('td', { class: 'number' }, child.weight),
              h('td', {}, childResult ? statusText(childResult.status, m) : ''),
            )
          }),
        ),
      ),
    )
  }
  const parent = code === ROOT_CODE ? undefined : parentOf(code, tree)
  return h(
    'div',
    { id: 'explanation', class: 'explanation', 'data-node': code },
    h('h3', { id: 'explanation-heading', tabindex: -1 }, m.explainHeading(heading)),
    lines,
    parent === undefined
      ? null
      : h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => explain(parent) },
          '↑ ',
          parent === ROOT_CODE ? m.explainUnit : parent,
        ),
  )
}

function statusText(status: 'ok' | 'na' | 'missing' | 'error', m: StudioMessages): string {
  return { ok: m.statusOk, na: m.statusNa, missing: m.statusMissing, error: m.statusError }[status]
}

function parentOf(code: string, tree: ReadonlyArray<ExplicitNode>): string | undefined {
  if (tree.some((node) => node.code === code)) return ROOT_CODE
  for (const node of nodesByCode(tree).values()) {
    if ((node.children ?? []).some((child) => child.code === code)) return node.code
  }
  return undefined
}

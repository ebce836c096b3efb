// Sections 3 and 4: a unit's profile (its areas, and the explanation of any number down to its source cell) and
// the what-if sliders on its inputs.
import { type ObservationChange, ROOT_CODE } from '@chiso/core'
import { h } from './dom.js'
import { explanationView, nodesByCode } from './explanation-view.js'
import { orDash, shown, titleIn, unitLabel, unitOf } from './format.js'
import { leafControls } from './leaf-controls.js'
import { STUDIO_MESSAGES } from './messages.js'
import type { StudioState } from './studio-state.js'

/** What the profile asks the page to do. */
export interface ProfileActions {
  explain(code: string): void
  change(change: ObservationChange): void
  resetChanges(): void
}

/**
 * The profile and what-if sections of the unit being looked at (hidden when none is).
 *
 * @example
 * ```ts
 * main.append(...profileView(state, actions))
 * ```
 */
export function profileView(state: StudioState, actions: ProfileActions): HTMLElement[] {
  const m = STUDIO_MESSAGES[state.language]
  // The traced scorecard: the explanation needs every input and where it was read.
  const base =
    state.traced === undefined || state.unit === undefined ? undefined : unitOf(state.traced, state.unit)
  if (base === undefined || state.compiled === undefined || state.dataset === undefined) {
    const empty = h('section', { id: 'profile' })
    empty.hidden = true
    return [empty]
  }
  const tree = state.compiled.methodology.tree
  const display = state.compiled.methodology.display
  const profile = h(
    'section',
    { id: 'profile', 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading', tabindex: -1 }, m.profileHeading(unitLabel(base))),
    h('p', {}, m.profileSummary(orDash(base.indexDisplay), orDash(base.rank), base.band ?? m.noBand)),
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
          h('th', { scope: 'col' }, m.colTitle),
          h('th', { scope: 'col', class: 'number' }, m.colPoints),
        ),
      ),
      h(
        'tbody',
        {},
        tree.map((area) =>
          h(
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
                  onclick: () => actions.explain(area.code),
                  'aria-label': m.explainButton(area.code),
                },
                area.code,
              ),
            ),
            h('td', {}, titleIn(area.title, state.language)),
            h(
              'td',
              {
                class: 'number',
                title: `${orDash(base.nodes[area.code]?.score)} / ${orDash(base.nodes[area.code]?.max)}`,
              },
              `${shown(base.nodes[area.code]?.score, display)} / ${shown(base.nodes[area.code]?.max, display)}`,
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => actions.explain(ROOT_CODE) },
        m.explainUnit,
      ),
    ),
    state.explainNode === undefined
      ? null
      : explanationView(base, state.explainNode, state.compiled.methodology, state.language, (code) =>
          actions.explain(code),
        ),
  )
  return [profile, whatIfSection(state, actions)]
}

function whatIfSection(state: StudioState, actions: ProfileActions): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const unit = state.unit!
  const titles = nodesByCode(state.compiled!.methodology.tree)
  const controls = leafControls(
    state.dataset!,
    unit,
    state.compiled!.leaves.map((leaf) => leaf.code),
  )
  const rows = controls.map((control, index) => {
    const id = `whatif-${index}`
    const key = `${control.node}:${control.field}`
    const changed = state.changes.get(key)?.value
    const current = changed === undefined ? control.value : changed
    const leaf = titles.get(control.node)
    const name = `${control.node}${control.field === 'value' ? '' : ` (${control.field})`} ${leaf ? titleIn(leaf.title, state.language) : ''}`
    if (control.kind === 'fixed') {
      return h(
        'div',
        { class: 'slider' },
        h('span', {}, name),
        h('span', {}),
        h('output', {}, control.value === 'NA' ? m.notApplicable : m.missing),
      )
    }
    if (control.kind === 'boolean') {
      return h(
        'div',
        { class: 'slider' },
        h('label', { for: id }, name),
        h('input', {
          id,
          type: 'checkbox',
          'data-node': control.node,
          'data-field': control.field,
          checked: current === true,
          onchange: (event) =>
            actions.change({
              unit,
              node: control.node,
              field: control.field,
              value: (event.target as HTMLInputElement).checked,
            }),
        }),
        h('output', { for: id }, current === true ? m.yes : m.no),
      )
    }
    const output = h('output', { for: id }, String(current))
    return h(
      'div',
      { class: 'slider' },
      h('label', { for: id }, name),
      h('input', {
        id,
        type: 'range',
        'data-node': control.node,
        'data-field': control.field,
        min: control.min,
        max: control.max,
        step: 10 ** -control.decimals,
        value: String(current),
        oninput: (event) => {
          const value = Number((event.target as HTMLInputElement).value).toFixed(control.decimals)
          output.textContent = value
          actions.change({ unit, node: control.node, field: control.field, value })
        },
      }),
      output,
    )
  })
  return h(
    'section',
    { id: 'what-if', 'aria-labelledby': 'what-if-heading' },
    h('h2', { id: 'what-if-heading' }, m.whatIfHeading),
    h('p', {}, m.whatIfHelp),
    outcomeView(state),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'secondary', id: 'what-if-reset', onclick: () => actions.resetChanges() },
        m.whatIfReset,
      ),
    ),
    h('div', { class: 'sliders' }, rows),
  )
}

/**
 * The line that says how the unit's index and rank moved under the what-if changes.
 *
 * @example
 * ```ts
 * outcomeView(state).textContent // 'Chỉ số 81.20 → 83.70 · hạng 9 → 6'
 * ```
 */
export function outcomeView(state: StudioState): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const before = state.scorecard && state.unit ? unitOf(state.scorecard, state.unit) : undefined
  const after = state.whatIf && state.unit ? unitOf(state.whatIf.after, state.unit) : before
  return h(
    'p',
    { id: 'what-if-outcome', class: 'outcome', role: 'status' },
    before === undefined
      ? ''
      : m.whatIfOutcome(
          orDash(before.indexDisplay),
          orDash(after?.indexDisplay),
          orDash(before.rank),
          orDash(after?.rank),
        ),
  )
}

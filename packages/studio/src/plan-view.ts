// Section 5: ask for a plan ("rise N ranks", "reach rank K") with a costs table edited in the page, and see
// its steps. The costs table becomes a costs file (`parsePlanCosts`), the same the command line reads.
import { type PlanCosts, parsePlanCosts } from '@chiso/scenarios'
import { appendAll, h } from './dom.js'
import { nodesByCode } from './explanation-view.js'
import { orDash, titleIn } from './format.js'
import { STUDIO_MESSAGES } from './messages.js'
import { statusView } from './open-view.js'
import type { CostRow, PlanCostsInput, StudioState } from './studio-state.js'

/** What the plan section asks the page to do. */
export interface PlanActions {
  plan(): void
  downloadPlan(): void
  downloadCosts(): void
}

/**
 * The costs file the table describes, as written in a costs file: the default row, and each leaf row with
 * something set.
 *
 * @example
 * ```ts
 * costsInputOf(state) // { default: { perPoint: '1' }, nodes: { '6.1.1': { perStep: '5' } }, lock: ['7.1.1'] }
 * ```
 */
export function costsInputOf(state: StudioState): PlanCostsInput {
  const cost = (row: CostRow) => ({
    ...(row.perPoint.trim() === '' ? {} : { perPoint: row.perPoint.trim() }),
    ...(row.perStep.trim() === '' ? {} : { perStep: row.perStep.trim() }),
  })
  const nodes: Record<string, ReturnType<typeof cost>> = {}
  const lock: string[] = []
  for (const [code, row] of state.costs) {
    if (row.lock) lock.push(code)
    const own = cost(row)
    if (Object.keys(own).length > 0) nodes[code] = own
  }
  return { default: cost(state.costDefault), nodes, lock }
}

/**
 * The costs the table describes, checked as a costs file is.
 *
 * @example
 * ```ts
 * costsOf(state).lock // ['7.1.1']
 * ```
 */
export function costsOf(state: StudioState): PlanCosts {
  return parsePlanCosts(costsInputOf(state))
}

/**
 * Whether the table says more than the command line's default (every point costs 1, nothing locked): then
 * the plan is `chiso plan --costs FILE`'s, and the page offers the table as that file.
 *
 * @example
 * ```ts
 * costsEdited(createState('vi')) // false
 * ```
 */
export function costsEdited(state: StudioState): boolean {
  const input = costsInputOf(state)
  return (
    input.default.perPoint !== '1' ||
    input.default.perStep !== undefined ||
    Object.keys(input.nodes).length > 0 ||
    input.lock.length > 0
  )
}

/**
 * The plan section (hidden until a unit is profiled).
 *
 * @example
 * ```ts
 * main.append(planView(state, { plan, downloadPlan }))
 * ```
 */
export function planView(state: StudioState, actions: PlanActions): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const section = h('section', { id: 'plan', 'aria-labelledby': 'plan-heading' })
  if (state.compiled === undefined || state.unit === undefined) {
    section.hidden = true
    return section
  }
  const titles = nodesByCode(state.compiled.methodology.tree)
  const costInput = (row: CostRow, field: 'perPoint' | 'perStep', label: string) =>
    h('input', {
      type: 'text',
      inputmode: 'decimal',
      'aria-label': label,
      value: row[field],
      oninput: (event) => {
        row[field] = (event.target as HTMLInputElement).value
      },
    })
  const rowOf = (code: string): CostRow => {
    let row = state.costs.get(code)
    if (row === undefined) {
      row = { perPoint: '', perStep: '', lock: false }
      state.costs.set(code, row)
    }
    return row
  }
  const costRows = state.compiled.leaves.map((leaf) => {
    const row = rowOf(leaf.code)
    const title = titles.get(leaf.code)
    return h(
      'tr',
      { 'data-node': leaf.code },
      h('th', { scope: 'row' }, `${leaf.code} ${title ? titleIn(title.title, state.language) : ''}`),
      h('td', {}, costInput(row, 'perPoint', `${m.colPerPoint} ${leaf.code}`)),
      h('td', {}, costInput(row, 'perStep', `${m.colPerStep} ${leaf.code}`)),
      h(
        'td',
        {},
        h('input', {
          type: 'checkbox',
          'aria-label': `${m.colLock} ${leaf.code}`,
          checked: row.lock,
          onchange: (event) => {
            row.lock = (event.target as HTMLInputElement).checked
          },
        }),
      ),
    )
  })
  appendAll(
    section,
    h('h2', { id: 'plan-heading' }, m.planHeading),
    h(
      'div',
      { class: 'fields' },
      h(
        'div',
        {},
        h('label', { for: 'plan-target' }, m.planTargetLabel),
        h(
          'select',
          {
            id: 'plan-target',
            onchange: (event) => {
              state.planTarget = (event.target as HTMLSelectElement).value as 'rise' | 'rank'
            },
          },
          h('option', { value: 'rise', selected: state.planTarget === 'rise' }, m.planRise),
          h('option', { value: 'rank', selected: state.planTarget === 'rank' }, m.planReach),
        ),
      ),
      h(
        'div',
        {},
        h('label', { for: 'plan-number' }, m.planNumberLabel),
        h('input', {
          id: 'plan-number',
          type: 'number',
          min: 0,
          step: 1,
          value: state.planNumber,
          oninput: (event) => {
            state.planNumber = (event.target as HTMLInputElement).value
          },
        }),
      ),
    ),
    h(
      'details',
      {},
      h('summary', {}, m.costsHeading),
      h('p', {}, m.costsHelp),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { id: 'costs-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, m.colNode),
              h('th', { scope: 'col' }, m.colPerPoint),
              h('th', { scope: 'col' }, m.colPerStep),
              h('th', { scope: 'col' }, m.colLock),
            ),
          ),
          h(
            'tbody',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, m.costsDefault),
              h('td', {}, costInput(state.costDefault, 'perPoint', `${m.colPerPoint} ${m.costsDefault}`)),
              h('td', {}, costInput(state.costDefault, 'perStep', `${m.colPerStep} ${m.costsDefault}`)),
              h('td', {}),
            ),
            costRows,
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'make-plan', onclick: () => actions.plan() }, m.planButton),
      state.plan === undefined
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'download-plan',
              onclick: () => actions.downloadPlan(),
            },
            m.downloadPlan,
          ),
      state.plan === undefined || state.planCosts === undefined
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'download-costs',
              onclick: () => actions.downloadCosts(),
            },
            m.downloadCosts,
          ),
    ),
    statusView(state, 'plan'),
    planResult(state),
  )
  return section
}

function planResult(state: StudioState): HTMLElement | null {
  const plan = state.plan
  if (plan === undefined) return null
  const m = STUDIO_MESSAGES[state.language]
  const titles = nodesByCode(state.compiled!.methodology.tree)
  return h(
    'div',
    { id: 'plan-result', tabindex: -1 },
    h(
      'p',
      { class: 'outcome', role: 'status' },
      m.planStatus[plan.status],
      ' ',
      m.planOutcome(orDash(plan.before.rank), orDash(plan.after?.rank), plan.cost),
    ),
    plan.steps.length === 0
      ? null
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, m.colNode),
              h('th', { scope: 'col', class: 'number' }, m.colFrom),
              h('th', { scope: 'col', class: 'number' }, m.colTo),
              h('th', { scope: 'col', class: 'number' }, m.colGain),
              h('th', { scope: 'col', class: 'number' }, m.colCost),
            ),
          ),
          h(
            'tbody',
            {},
            plan.steps.map((step) => {
              const title = titles.get(step.node)
              return h(
                'tr',
                { 'data-node': step.node },
                h('td', {}, `${step.node} ${title ? titleIn(title.title, state.language) : ''}`),
                h('td', { class: 'number' }, step.from),
                h('td', { class: 'number' }, step.to),
                h('td', { class: 'number' }, step.pointsGained),
                h('td', { class: 'number' }, step.cost),
              )
            }),
          ),
        ),
  )
}

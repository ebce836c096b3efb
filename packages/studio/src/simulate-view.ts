// Section 6: a seeded simulation (weight noise around the methodology's weights): each unit's median rank, its
// 5%–95% interval and, with a target rank, the share of runs that reach it. Same seed, same result.
import { appendAll, h } from './dom.js'
import { orDash, unitLabel, unitOf } from './format.js'
import { STUDIO_MESSAGES } from './messages.js'
import { statusView } from './open-view.js'
import type { StudioState } from './studio-state.js'

/** What the simulation section asks the page to do. */
export interface SimulateActions {
  simulate(): void
  downloadSimulation(): void
}

/**
 * The simulation section (hidden until something is scored).
 *
 * @example
 * ```ts
 * main.append(simulateView(state, { simulate, downloadSimulation }))
 * ```
 */
export function simulateView(state: StudioState, actions: SimulateActions): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const section = h('section', { id: 'simulate', 'aria-labelledby': 'simulate-heading' })
  if (state.scorecard === undefined) {
    section.hidden = true
    return section
  }
  const inputs = state.simulationInputs
  const field = (
    id: string,
    label: string,
    key: keyof typeof inputs,
    attributes: Record<string, string | number>,
  ) =>
    h(
      'div',
      {},
      h('label', { for: id }, label),
      h('input', {
        id,
        type: 'number',
        value: inputs[key],
        ...attributes,
        oninput: (event) => {
          inputs[key] = (event.target as HTMLInputElement).value
        },
      }),
    )
  const result = state.simulation
  appendAll(
    section,
    h('h2', { id: 'simulate-heading' }, m.simulateHeading),
    h(
      'div',
      { class: 'fields' },
      field('sim-runs', m.runsLabel, 'runs', { min: 1, step: 1 }),
      field('sim-seed', m.seedLabel, 'seed', { min: 0, step: 1 }),
      field('sim-noise', m.noiseLabel, 'noise', { min: 0, max: 1, step: 0.05 }),
      field('sim-target', m.targetRankLabel, 'targetRank', { min: 1, step: 1 }),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', id: 'run-simulation', onclick: () => actions.simulate() },
        m.simulateButton,
      ),
      result === undefined
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'download-simulation',
              onclick: () => actions.downloadSimulation(),
            },
            m.downloadSimulation,
          ),
    ),
    statusView(state, 'simulate'),
    result === undefined
      ? null
      : h(
          'div',
          { id: 'simulation-result', tabindex: -1 },
          h('p', { role: 'status' }, m.simulationSummary(result.runs, result.seed)),
          h(
            'div',
            { class: 'scroll' },
            h(
              'table',
              {},
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, m.colName),
                  h('th', { scope: 'col', class: 'number' }, m.colNominal),
                  h('th', { scope: 'col', class: 'number' }, m.colMedian),
                  h('th', { scope: 'col', class: 'number' }, m.colInterval),
                  result.targetRank === null
                    ? null
                    : h('th', { scope: 'col', class: 'number' }, m.colProbability),
                ),
              ),
              h(
                'tbody',
                {},
                result.units.map((unit) => {
                  const scored = unitOf(state.scorecard!, unit.unit)
                  return h(
                    'tr',
                    { 'data-unit': unit.unit },
                    h('td', {}, scored ? unitLabel(scored) : unit.unit),
                    h('td', { class: 'number' }, orDash(unit.nominalRank)),
                    h('td', { class: 'number' }, orDash(unit.median)),
                    h('td', { class: 'number' }, `${orDash(unit.p5)}–${orDash(unit.p95)}`),
                    result.targetRank === null
                      ? null
                      : h(
                          'td',
                          { class: 'number' },
                          unit.probability === null ? '—' : `${(unit.probability * 100).toFixed(1)} %`,
                        ),
                  )
                }),
              ),
            ),
          ),
        ),
  )
  return section
}

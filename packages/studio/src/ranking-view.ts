// Section 2: the ranking with bands (after the what-if changes when there are any, with each unit's change of
// rank), and the downloads.
import { localize } from '@chiso/core'
import { appendAll, h } from './dom.js'
import { orDash, unitLabel } from './format.js'
import { STUDIO_MESSAGES } from './messages.js'
import { statusView } from './open-view.js'
import { type StudioState, shownScorecard } from './studio-state.js'

/** What the ranking section asks the page to do. */
export interface RankingActions {
  openProfile(unit: string): void
  downloadCsv(): void
  downloadXlsx(): void
  downloadHtmlReport(): void
  downloadDocxReport(): void
  downloadAppraisal(): void
}

/**
 * The ranking section (empty until something is scored).
 *
 * @example
 * ```ts
 * main.append(rankingView(state, actions))
 * ```
 */
export function rankingView(state: StudioState, actions: RankingActions): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const scorecard = shownScorecard(state)
  const section = h('section', { id: 'ranking', 'aria-labelledby': 'ranking-heading' })
  if (scorecard === undefined || state.compiled === undefined) {
    section.hidden = true
    return section
  }
  const deltas = new Map((state.whatIf?.units ?? []).map((unit) => [unit.unit, unit.rankDelta]))
  const showChange = state.whatIf !== undefined
  const title = localize(state.compiled.methodology.title, state.language)
  const rows = [...scorecard.units]
    .sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY))
    .map((unit) => {
      const delta = deltas.get(unit.unit) ?? 0
      return h(
        'tr',
        { 'data-unit': unit.unit, 'aria-current': unit.unit === state.unit ? 'true' : undefined },
        h('td', { class: 'number' }, orDash(unit.rank)),
        h('td', {}, unit.unit),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': m.openProfile(unitLabel(unit)),
              onclick: () => actions.openProfile(unit.unit),
            },
            unitLabel(unit),
          ),
        ),
        h('td', { class: 'number' }, orDash(unit.indexDisplay)),
        h(
          'td',
          {},
          unit.band === null ? m.noBand : h('span', { class: `band band-${unit.band}` }, unit.band),
        ),
        showChange
          ? h(
              'td',
              { class: `number ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}` },
              delta > 0 ? m.rose(delta) : delta < 0 ? m.fell(-delta) : '',
            )
          : null,
      )
    })
  appendAll(
    section,
    h('h2', { id: 'ranking-heading', tabindex: -1 }, m.rankingHeading),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { id: 'ranking-table' },
        h('caption', {}, m.rankingCaption(title)),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'number' }, m.colRank),
            h('th', { scope: 'col' }, m.colUnit),
            h('th', { scope: 'col' }, m.colName),
            h('th', { scope: 'col', class: 'number' }, m.colIndex),
            h('th', { scope: 'col' }, m.colBand),
            showChange ? h('th', { scope: 'col', class: 'number' }, m.colChange) : null,
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    h('h3', {}, m.downloadsHeading),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', id: 'download-csv', onclick: () => actions.downloadCsv() },
        m.downloadCsv,
      ),
      h(
        'button',
        { type: 'button', id: 'download-xlsx', class: 'secondary', onclick: () => actions.downloadXlsx() },
        m.downloadXlsx,
      ),
      h(
        'button',
        { type: 'button', id: 'download-report-html', onclick: () => actions.downloadHtmlReport() },
        m.downloadReportHtml,
      ),
      h(
        'button',
        { type: 'button', id: 'download-report-docx', onclick: () => actions.downloadDocxReport() },
        m.downloadReportDocx,
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'download-appraisal',
          class: 'secondary',
          onclick: () => actions.downloadAppraisal(),
        },
        m.downloadAppraisal,
      ),
    ),
    h('p', { class: 'note' }, m.reportNote, ' ', m.appraisalNote),
    statusView(state, 'ranking'),
  )
  return section
}

// Section 1: choose a methodology (catalogue or file) and a data file, then score.

import { formatIssue, isChisoError } from '@chiso/core'
import { h } from './dom.js'
import { loadedWords, wordsFailed } from './load-words.js'
import { STUDIO_MESSAGES, type StudioLanguage } from './messages.js'
import { catalogueChoices } from './open-methodology.js'
import { studioWordsOf } from './studio-error.js'
import type { StudioState, StudioStatus } from './studio-state.js'

/** What the open section asks the page to do. */
export interface OpenActions {
  score(): void
  choosePeriod(period: string): void
  /** A methodology (file or catalogue entry) was chosen: the page may prepare it before "score". */
  methodologyChosen(): void
  /** A data file was chosen: the page may load what reading it needs. */
  dataChosen(): void
}

/**
 * The open section: catalogue list, methodology file, data file, sheet, period and the score button.
 *
 * @example
 * ```ts
 * document.body.append(openView(state, { score, choosePeriod, methodologyChosen, dataChosen }))
 * ```
 */
export function openView(state: StudioState, actions: OpenActions): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const methodologyChosen = chosen('methodology-chosen', state.methodologyFile?.file)
  const dataChosen = chosen('data-chosen', state.dataFile?.file)
  // The file's name is shown once its bytes are read: the official (and a test) knows it is ready.
  const readFile = async (input: HTMLInputElement, shown: HTMLElement) => {
    const file = input.files?.[0]
    if (file === undefined) return undefined
    const bytes = new Uint8Array(await file.arrayBuffer())
    shown.textContent = file.name
    return { file: file.name, bytes }
  }
  const catalogue = h(
    'select',
    {
      id: 'catalogue',
      onchange: (event) => {
        state.catalogueReference = (event.target as HTMLSelectElement).value
        actions.methodologyChosen()
      },
    },
    h('option', { value: '' }, m.catalogueNone),
    catalogueChoices().map((choice) =>
      h(
        'option',
        { value: choice.reference, selected: choice.reference === state.catalogueReference },
        `${choice.reference} — ${choice.title}`,
      ),
    ),
  )
  const methodologyInput = h('input', {
    id: 'methodology-file',
    type: 'file',
    accept: '.yaml,.yml,.json',
    onchange: async (event) => {
      const read = await readFile(event.target as HTMLInputElement, methodologyChosen)
      if (read === undefined) return
      state.methodologyFile = { file: read.file, text: new TextDecoder().decode(read.bytes) }
      // A file chosen after a catalogue entry replaces it.
      state.catalogueReference = ''
      catalogue.value = ''
      actions.methodologyChosen()
    },
  })
  const dataInput = h('input', {
    id: 'data-file',
    type: 'file',
    accept: '.csv,.xlsx',
    onchange: async (event) => {
      const read = await readFile(event.target as HTMLInputElement, dataChosen)
      if (read === undefined) return
      state.dataFile = read
      actions.dataChosen()
    },
  })
  const sheet = h('input', {
    id: 'sheet',
    type: 'text',
    value: state.sheet,
    oninput: (event) => {
      state.sheet = (event.target as HTMLInputElement).value
    },
  })
  const periods =
    state.periods === undefined
      ? null
      : h(
          'div',
          {},
          h('label', { for: 'period' }, m.periodLabel),
          h(
            'select',
            {
              id: 'period',
              onchange: (event) => actions.choosePeriod((event.target as HTMLSelectElement).value),
            },
            state.periods.map(({ period }) =>
              h('option', { value: period, selected: period === state.period }, period),
            ),
          ),
        )
  return h(
    'section',
    { id: 'open', 'aria-labelledby': 'open-heading' },
    h('h2', { id: 'open-heading' }, m.openHeading),
    h(
      'div',
      { class: 'fields' },
      h('div', {}, h('label', { for: 'catalogue' }, m.catalogueLabel), catalogue),
      h(
        'div',
        {},
        h('label', { for: 'methodology-file' }, m.methodologyFileLabel),
        methodologyInput,
        methodologyChosen,
      ),
      h('div', {}, h('label', { for: 'data-file' }, m.dataFileLabel), dataInput, dataChosen),
      h('div', {}, h('label', { for: 'sheet' }, m.sheetLabel), sheet),
      periods,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'score', onclick: () => actions.score() }, m.scoreButton),
    ),
    statusView(state, 'open'),
  )
}

/**
 * The status line of a section: the last message if it belongs there, else an empty live region.
 *
 * @example
 * ```ts
 * section.append(statusView(state, 'plan'))
 * ```
 */
export function statusView(state: StudioState, where: NonNullable<StudioStatus['where']>): HTMLElement {
  const m = STUDIO_MESSAGES[state.language]
  const id = `${where}-status`
  const status = (state.status?.where ?? 'open') === where ? state.status : undefined
  if (status === undefined) return h('div', { id, class: 'status', role: 'status' })
  if (status.kind === 'ok') return h('p', { id, class: 'status', role: 'status' }, status.text)
  const { text, issues } =
    status.error === undefined
      ? { text: status.text, issues: status.issues }
      : said(status.error, state.language)
  return h(
    'div',
    { id, class: 'status error', role: 'alert', tabindex: -1 },
    h('strong', {}, `${m.errorHeading}: `),
    text,
    issues && issues.length > 0
      ? h(
          'ul',
          {},
          issues.map((issue) => h('li', {}, issue)),
        )
      : null,
  )
}

/**
 * An error in the page's language: the studio's own sentence, else the words bundle's (see `errorWords`) once
 * it is loaded. Until then (a moment: the page asks for it when the error happens), the summary waits; should
 * the bundle fail to load, the error is said as core wrote it.
 */
function said(error: unknown, language: StudioLanguage): { text: string; issues?: ReadonlyArray<string> } {
  const own = studioWordsOf(error, STUDIO_MESSAGES[language])
  if (own !== undefined) return { text: own }
  const words = loadedWords()
  if (words !== undefined) return words.errorWords(error, language)
  if (wordsFailed()) {
    if (!isChisoError(error)) return { text: error instanceof Error ? error.message : String(error) }
    return {
      text: error.message.split('\n')[0] ?? '',
      issues: error.issues.map((issue) => formatIssue(issue)),
    }
  }
  return { text: '' }
}

/** The file already opened (a re-drawn file input forgets it, the state does not). */
function chosen(id: string, file: string | undefined): HTMLElement {
  return h('div', { id, class: 'chosen' }, file ?? '')
}

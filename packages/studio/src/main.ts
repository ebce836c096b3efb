// chiso studio's page: wires the state to the views. Every computation (reading the files, scoring, what-if,
// planning, simulating, writing the downloads) happens here in the browser; the page has no server to talk to
// (its Content-Security-Policy forbids any connection).
import { scorecardToCsv } from '@chiso/adapters/csv'
import { type CompiledMethodology, type ObservationChange, ROOT_CODE } from '@chiso/core'
import { parseSimulationSpec, planRank, simulate, whatIf } from '@chiso/scenarios'
import { costsFileText, planFileOf, simulationFileOf } from './cli-files.js'
import type { DocxRuntime } from './docx-entry.js'
import { download, h } from './dom.js'
import { loadBundle } from './load-bundle.js'
import { loadedWords, loadWords } from './load-words.js'
import { loadXlsx } from './load-xlsx.js'
import { STUDIO_MESSAGES, type StudioLanguage } from './messages.js'
import { dataKind, openData } from './open-data.js'
import { type MethodologySource, openMethodology } from './open-methodology.js'
import { openView, statusView } from './open-view.js'
import { costsEdited, costsInputOf, costsOf, planView } from './plan-view.js'
import { outcomeView, profileView } from './profile-view.js'
import { type RankingActions, rankingView } from './ranking-view.js'
import type { ReportRuntime } from './report-entry.js'
import { simulateView } from './simulate-view.js'
import { createState, type StudioStatus } from './studio-state.js'

const LANGUAGE_KEY = 'chiso-studio-language'

function savedLanguage(): StudioLanguage {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi'
  } catch {
    // Storage can be off (file:// in some browsers, private windows): Vietnamese, the default.
    return 'vi'
  }
}

const state = createState(savedLanguage())
const root = document.getElementById('studio')!

function messages() {
  return STUDIO_MESSAGES[state.language]
}

/** Redraws the page from the state, then moves the focus where the official's action led. */
function render(focus?: string): void {
  const m = messages()
  document.documentElement.lang = state.language
  document.title = m.title
  root.replaceChildren(
    h(
      'header',
      {},
      h('h1', {}, m.title),
      h(
        'button',
        {
          type: 'button',
          id: 'language',
          class: 'secondary',
          lang: state.language === 'vi' ? 'en' : 'vi',
          'aria-label': m.switchLanguageLabel,
          onclick: () => switchLanguage(),
        },
        m.switchLanguage,
      ),
    ),
    h('p', { class: 'privacy' }, m.privacy),
    openView(state, { score: () => void score(), choosePeriod, methodologyChosen, dataChosen }),
    rankingView(state, rankingActions),
    ...profileView(state, { explain, change, resetChanges }),
    planView(state, { plan, downloadPlan, downloadCosts }),
    simulateView(state, { simulate: runSimulation, downloadSimulation }),
  )
  if (focus !== undefined) document.getElementById(focus)?.focus()
}

function switchLanguage(): void {
  state.language = state.language === 'vi' ? 'en' : 'vi'
  try {
    localStorage.setItem(LANGUAGE_KEY, state.language)
  } catch {
    // Not kept: the page still switches.
  }
  render('language')
}

function failure(error: unknown, where: NonNullable<StudioStatus['where']>): StudioStatus {
  // Kept whole, and said when the page is drawn: switching the language says it again in the other one.
  const status: StudioStatus = { kind: 'error', text: '', error, where }
  if (loadedWords() === undefined) {
    // The sentences come with words.js, loaded the first time an error is shown; the status is drawn again
    // when they are here (or when they cannot be had), if it is still the page's.
    const redraw = () => {
      if (state.status !== status) return
      const shown = document.getElementById(`${where}-status`)
      const focused = shown !== null && document.activeElement === shown
      const drawn = statusView(state, where)
      shown?.replaceWith(drawn)
      if (focused) drawn.focus()
    }
    loadWords().then(redraw, redraw)
  }
  return status
}

/** The methodology chosen: a catalogue entry, else a file, else none. */
function chosenSource(): MethodologySource | undefined {
  return state.catalogueReference
    ? { kind: 'catalogue', reference: state.catalogueReference }
    : state.methodologyFile
      ? { kind: 'file', ...state.methodologyFile }
      : undefined
}

// The last methodology compiled, by its source: scoring other data (or the same again) does not read and
// compile the methodology again.
let compiledCache: { key: string; compiled: CompiledMethodology } | undefined

function compiledOf(source: MethodologySource): CompiledMethodology {
  const key =
    source.kind === 'catalogue' ? `catalogue:${source.reference}` : `file:${source.file}\n${source.text}`
  if (compiledCache?.key !== key) compiledCache = { key, compiled: openMethodology(source) }
  return compiledCache.compiled
}

/**
 * A methodology was chosen: it is read and compiled while the official chooses the data, not after "score"
 * (its errors, if any, are shown when "score" is pressed).
 */
function methodologyChosen(): void {
  setTimeout(() => {
    const source = chosenSource()
    if (source === undefined) return
    try {
      performance.mark('chiso:prepare')
      compiledOf(source)
      performance.measure('chiso:prepare', 'chiso:prepare')
    } catch {
      // Reported by score(), with the page's status.
    }
  })
}

/** A workbook was chosen: its reader (xlsx.js) starts loading now, not after "score". */
function dataChosen(): void {
  if (state.dataFile !== undefined && dataKind(state.dataFile.file) === 'xlsx')
    void loadXlsx().catch(() => {})
}

async function score(): Promise<void> {
  const m = messages()
  const started = performance.now()
  const source = chosenSource()
  if (source === undefined || state.dataFile === undefined) {
    state.status = { kind: 'error', text: source === undefined ? m.needMethodology : m.needData }
    render('open-status')
    return
  }
  state.status = { kind: 'ok', text: m.working }
  render()
  try {
    // Each phase is measured (performance.measure), so the time to the first ranking can be split.
    performance.mark('chiso:score')
    const compiled = compiledOf(source)
    performance.measure('chiso:compile', 'chiso:score')
    performance.mark('chiso:read')
    const imported = await openData(state.dataFile.file, state.dataFile.bytes, compiled, state.sheet)
    performance.measure('chiso:read', 'chiso:read')
    state.compiled = compiled
    if (imported.panel !== undefined) {
      state.periods = imported.panel.periods.map(({ period, dataset }) => ({ period, dataset }))
      state.period = state.periods.at(-1)?.period
      state.dataset = state.periods.at(-1)?.dataset
    } else {
      state.periods = undefined
      state.period = undefined
      state.dataset = imported.dataset
    }
    performance.mark('chiso:evaluate')
    rescore()
    performance.measure('chiso:evaluate', 'chiso:evaluate')
    // One render, with the status: the time it gives is the computation's, the drawing follows at once.
    state.scoredIn = Math.round(performance.now() - started)
    const diagnostics = state.scorecard!.diagnostics.length
    state.status = {
      kind: 'ok',
      text: `${m.scored(state.scorecard!.units.length, state.scoredIn)}${diagnostics > 0 ? ` ${m.diagnostics(diagnostics)}.` : ''}`,
    }
    performance.mark('chiso:render')
    render('ranking-heading')
    performance.measure('chiso:render', 'chiso:render')
  } catch (error) {
    state.status = failure(error, 'open')
    render('open-status')
  }
}

/** Scores the dataset shown and forgets what depended on the previous one. */
function rescore(): void {
  // Without traces: the first ranking comes sooner; the profile asks for them (openProfile).
  state.scorecard = state.compiled!.evaluate(state.dataset!, { trace: false })
  state.traced = undefined
  state.unit = undefined
  state.explainNode = undefined
  state.changes.clear()
  state.whatIf = undefined
  state.plan = undefined
  state.simulation = undefined
  state.costs.clear()
}

function choosePeriod(period: string): void {
  const chosen = state.periods?.find((candidate) => candidate.period === period)
  if (chosen === undefined) return
  state.period = period
  state.dataset = chosen.dataset
  rescore()
  render('period')
}

function openProfile(unit: string): void {
  state.traced ??= state.compiled!.evaluate(state.dataset!, { trace: true })
  state.unit = unit
  state.explainNode = ROOT_CODE
  state.changes.clear()
  state.whatIf = undefined
  state.plan = undefined
  render('profile-heading')
}

function explain(code: string): void {
  state.explainNode = code
  render('explanation-heading')
}

let pending = false

/** A slider moved: re-score with every change so far, and redraw only the ranking and the outcome line. */
function change(observation: ObservationChange): void {
  state.changes.set(`${observation.node}:${observation.field ?? 'value'}`, observation)
  if (pending) return
  pending = true
  requestAnimationFrame(() => {
    pending = false
    state.whatIf = whatIf(state.compiled!, state.dataset!, { observations: [...state.changes.values()] })
    document.getElementById('ranking')?.replaceWith(rankingView(state, rankingActions))
    document.getElementById('what-if-outcome')?.replaceWith(outcomeView(state))
  })
}

function resetChanges(): void {
  state.changes.clear()
  state.whatIf = undefined
  render('what-if-reset')
}

function plan(): void {
  try {
    const number = Number(state.planNumber)
    const target =
      state.planTarget === 'rise'
        ? ({ kind: 'rise', ranks: number } as const)
        : ({ kind: 'rank', rank: number } as const)
    // An untouched table is the command line's default costs (no costs file); else the table is the file.
    const edited = costsEdited(state)
    state.plan = planRank(state.compiled!, state.dataset!, {
      unit: state.unit!,
      target,
      ...(edited ? { costs: costsOf(state) } : {}),
    })
    state.planCosts = edited ? costsInputOf(state) : undefined
    state.status = undefined
    render('plan-result')
  } catch (error) {
    state.plan = undefined
    state.status = failure(error, 'plan')
    render('plan-status')
  }
}

function runSimulation(): void {
  try {
    const inputs = state.simulationInputs
    const spec = parseSimulationSpec({
      ...(state.unit === undefined ? {} : { unit: state.unit }),
      ...(inputs.targetRank.trim() === '' ? {} : { targetRank: Number(inputs.targetRank) }),
      ...(inputs.noise.trim() === '' || Number(inputs.noise) === 0
        ? {}
        : { weights: { noise: inputs.noise.trim() } }),
    })
    state.simulation = simulate(state.compiled!, state.dataset!, {
      runs: Number(inputs.runs),
      seed: Number(inputs.seed),
      spec,
    })
    state.status = undefined
    render('simulation-result')
  } catch (error) {
    state.simulation = undefined
    state.status = failure(error, 'simulate')
    render('simulate-status')
  }
}

/** The downloads' base name: the data file's, without its extension (and the period of panel data). */
function baseName(): string {
  const file = state.dataFile?.file ?? 'chiso'
  const stem = file.replace(/\.[^.]+$/, '')
  return state.period === undefined ? stem : `${stem}-${state.period}`
}

// Downloads hold the scores of the data as opened (what `chiso score` prints), not the what-if changes.
function downloadCsv(): void {
  download(
    `${baseName()}.scores.csv`,
    scorecardToCsv(state.scorecard!, state.compiled!.methodology),
    'text/csv;charset=utf-8',
  )
}

async function downloadXlsx(): Promise<void> {
  const { scorecardToXlsx } = await loadXlsx()
  const bytes = await scorecardToXlsx(state.scorecard!, state.compiled!.methodology)
  download(
    `${baseName()}.scores.xlsx`,
    bytes,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
}

/** The report's inputs as `chiso report` makes them: the data as opened, the profile open, the plan made. */
function reportRequest() {
  // Scored as `chiso report` scores it (with every node's trace), kept for the profile.
  state.traced ??= state.compiled!.evaluate(state.dataset!, { trace: true })
  return {
    input: {
      compiled: state.compiled!,
      scorecard: state.traced,
      dataset: state.dataFile?.file ?? '',
      language: state.language,
      ...(state.unit === undefined ? {} : { unit: state.unit }),
    },
    files: {
      ...(state.plan === undefined ? {} : { plan: planFile() }),
      ...(state.simulation === undefined
        ? {}
        : { simulation: simulationFileOf(state.compiled!, state.simulation) }),
    },
  }
}

/** Makes a download that takes a while (a bundle to load, a report to draw), saying so in the ranking section. */
async function preparedDownload(
  file: string,
  type: string,
  make: () => Promise<string | Uint8Array>,
): Promise<void> {
  const m = messages()
  state.status = { kind: 'ok', text: m.preparing(file), where: 'ranking' }
  document.getElementById('ranking-status')?.replaceWith(rankingStatus())
  try {
    download(file, await make(), type)
    state.status = { kind: 'ok', text: m.prepared(file), where: 'ranking' }
  } catch (error) {
    state.status = failure(error, 'ranking')
  }
  document.getElementById('ranking-status')?.replaceWith(rankingStatus())
}

function rankingStatus(): HTMLElement {
  return statusView(state, 'ranking')
}

function downloadHtmlReport(): Promise<void> {
  const { input, files } = reportRequest()
  return preparedDownload(`${baseName()}.report.html`, 'text/html;charset=utf-8', async () => {
    const { buildHtmlReport } = await loadBundle<ReportRuntime>('report.js', 'chisoReport')
    return buildHtmlReport(input, files)
  })
}

function downloadDocxReport(): Promise<void> {
  const { input, files } = reportRequest()
  return preparedDownload(
    `${baseName()}.report.docx`,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    async () => {
      const { buildDocxReport } = await loadBundle<DocxRuntime>('docx.js', 'chisoDocx')
      return buildDocxReport(input, files)
    },
  )
}

function downloadAppraisal(): Promise<void> {
  const compiled = state.compiled!
  const dataset = state.dataset!
  return preparedDownload(
    `${baseName()}.appraisal.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    async () => (await loadXlsx()).appraisalWorkbook(compiled, dataset, state.language),
  )
}

const rankingActions: RankingActions = {
  openProfile,
  downloadCsv,
  downloadXlsx: () => void downloadXlsx(),
  downloadHtmlReport: () => void downloadHtmlReport(),
  downloadDocxReport: () => void downloadDocxReport(),
  downloadAppraisal: () => void downloadAppraisal(),
}

/** The costs file's name, as the plan (and a report of it) names it. */
function costsFileName(): string {
  return `${baseName()}.costs.yaml`
}

/** The plan as `chiso plan --json` writes it (with `--costs` the costs file's name when the table was edited). */
function planFile() {
  return planFileOf(state.compiled!, state.plan!, state.planCosts === undefined ? undefined : costsFileName())
}

function downloadPlan(): void {
  download(`${baseName()}.plan.json`, `${JSON.stringify(planFile(), null, 2)}\n`, 'application/json')
}

function downloadCosts(): void {
  download(costsFileName(), costsFileText(state.planCosts!), 'application/yaml;charset=utf-8')
}

function downloadSimulation(): void {
  download(
    `${baseName()}.simulation.json`,
    `${JSON.stringify(simulationFileOf(state.compiled!, state.simulation!), null, 2)}\n`,
    'application/json',
  )
}

render()

// The page: scores the illustrative district methodology on its synthetic data in the browser, shows the
// ranking, and re-ranks on every slider move of the chosen unit through an incremental scoring session.
import './zod-jitless.js'
import './style.css'
import { createEngine, dec, formatFixed, localize, type ObservationChange, type Scorecard } from '@chiso/core'
import { diffScorecards } from '@chiso/scenarios'
import { parse } from 'yaml'
import methodologyYaml from '../../district-cchc/district.methodology.yaml?raw'
import dataset from '../../district-cchc/districts-2023.synthetic.csv?dataset'
import { renderSliders, type SliderPanel, unitInputs } from './leaf-sliders.js'
import { exposeHandle } from './page-handle.js'
import { type RankMap, ranksOf, renderRanking } from './ranking-table.js'

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

// The methodology is data: YAML parsed here, validated and compiled by the engine (no eval anywhere).
const compiled = createEngine().compile(parse(methodologyYaml))
const { methodology } = compiled
let session = compiled.session(dataset)
let loaded = session.scorecard()
let baseline: RankMap = ranksOf(loaded)
let previous: RankMap = baseline
let lastRerankMs: number | null = null
let reranks = 0

const table = element<HTMLTableElement>('ranking')
const select = element<HTMLSelectElement>('unit')
const sliders = element<HTMLElement>('sliders')
const status = element<HTMLElement>('status')
let selected = [...loaded.units].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))[0]?.unit ?? ''
let panel: SliderPanel

element('title').textContent = localize(methodology.title)
element('fingerprint').textContent = compiled.fingerprint
select.replaceChildren(
  ...[...dataset.units]
    .sort((a, b) => (a.name ?? a.code).localeCompare(b.name ?? b.code, 'vi'))
    .map((unit) => new Option(unit.name ?? unit.code, unit.code, false, unit.code === selected)),
)

function show(card: Scorecard): void {
  const { tBodies } = table
  renderRanking(tBodies[0]!, card, { baseline, previous, selected, display: methodology.display })
  panel.update(card)
  // What changed for the chosen unit since the data was loaded (rank and exact index, shown rounded).
  const delta = diffScorecards(loaded, card).find((unit) => unit.unit === selected)
  const { decimals, mode } = methodology.display
  const shown = (value: string | null) => (value === null ? '—' : formatFixed(dec(value), decimals, mode))
  element('unit-rank').textContent =
    delta === undefined
      ? ''
      : `Hạng ${delta.rankBefore ?? '—'} → ${delta.rankAfter ?? '—'} · ` +
        `chỉ số ${shown(delta.indexBefore)} → ${shown(delta.indexAfter)}`
}

function choose(unit: string): void {
  selected = unit
  panel = renderSliders(sliders, {
    compiled,
    unit,
    inputs: unitInputs(session.dataset().observations, unit),
    onChange: apply,
  })
  show(session.scorecard())
}

function apply(change: ObservationChange): void {
  const started = performance.now()
  previous = ranksOf(session.scorecard())
  show(session.apply([change]))
  lastRerankMs = performance.now() - started
  reranks += 1
  status.textContent = `Tính lại và xếp hạng lại trong ${lastRerankMs.toFixed(1)} ms`
}

select.addEventListener('change', () => choose(select.value))
element('reset').addEventListener('click', () => {
  session = compiled.session(dataset)
  loaded = session.scorecard()
  baseline = ranksOf(loaded)
  previous = baseline
  status.textContent = ''
  choose(selected)
})

exposeHandle({
  fingerprint: compiled.fingerprint,
  scorecardJson: () => JSON.stringify(session.scorecard()),
  get lastRerankMs() {
    return lastRerankMs
  },
  get reranks() {
    return reranks
  },
})
choose(selected)
document.body.dataset.ready = 'true'

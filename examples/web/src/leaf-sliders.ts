// One slider per leaf (sub-criterion) of the chosen unit, grouped by area, each with the input it moves and
// the points the leaf gives now. A slider reports a change; the page applies it to the scoring session and
// calls `update` with the new scorecard.
import {
  type CompiledMethodology,
  dec,
  formatFixed,
  localize,
  type MethodologyNode,
  type Observation,
  type ObservationChange,
  type Scorecard,
  toDecimalString,
} from '@chiso/core'
import { type InputRange, inputRange, type LeafInputs } from './input-range.js'

/** The sliders of one unit; `update` refreshes the points shown after a re-score. */
export interface SliderPanel {
  update(card: Scorecard): void
}

/** What the panel is built from. */
export interface SliderPanelOptions {
  readonly compiled: CompiledMethodology
  readonly unit: string
  /** The unit's current inputs: leaf code → field → value. */
  readonly inputs: ReadonlyMap<string, LeafInputs>
  readonly onChange: (change: ObservationChange) => void
}

/**
 * The leaf inputs of one unit, from a dataset's observations (the last observation of a slot wins: the
 * example's data has one source per slot).
 *
 * @example
 * ```ts
 * unitInputs(session.dataset().observations, 'lang-chanh').get('1.1.2') // Map { 'done' => '20', 'total' => '24' }
 * ```
 */
export function unitInputs(observations: ReadonlyArray<Observation>, unit: string): Map<string, LeafInputs> {
  const inputs = new Map<string, Map<string, Observation['value']>>()
  for (const observation of observations) {
    if (observation.unit !== unit) continue
    const leaf = inputs.get(observation.node) ?? new Map<string, Observation['value']>()
    leaf.set(observation.field, observation.value)
    inputs.set(observation.node, leaf)
  }
  return inputs
}

/**
 * Fills `container` with the sliders of one unit and returns the panel.
 *
 * @example
 * ```ts
 * const panel = renderSliders(element, { compiled, unit: 'lang-chanh', inputs, onChange: apply })
 * panel.update(session.scorecard())
 * ```
 */
export function renderSliders(container: HTMLElement, options: SliderPanelOptions): SliderPanel {
  const { methodology } = options.compiled
  const pointsOf = new Map<string, HTMLElement>()
  const areas = methodology.tree.map((area) => {
    const details = document.createElement('details')
    details.open = true
    const summary = document.createElement('summary')
    const points = span('points')
    pointsOf.set(area.code, points)
    summary.append(`${area.code}. ${localize(area.title)} `, points)
    details.append(summary, ...leavesOf(area).map((leaf) => leafRow(leaf, options, pointsOf)))
    return details
  })
  container.replaceChildren(...areas)
  const { decimals, mode } = methodology.display
  const shown = (value: string | null) => (value === null ? '—' : formatFixed(dec(value), decimals, mode))
  return {
    update(card) {
      const unit = card.units.find((candidate) => candidate.unit === options.unit)
      for (const [code, element] of pointsOf) {
        const node = unit?.nodes[code]
        element.textContent =
          node === undefined || node.status === 'na'
            ? 'không áp dụng'
            : `${shown(node.score)} / ${shown(node.max)} điểm`
      }
    },
  }
}

function leavesOf(node: MethodologyNode): MethodologyNode[] {
  return node.children ? node.children.flatMap(leavesOf) : [node]
}

function leafRow(
  leaf: MethodologyNode,
  options: SliderPanelOptions,
  pointsOf: Map<string, HTMLElement>,
): HTMLElement {
  const row = document.createElement('div')
  row.className = 'leaf'
  row.dataset.node = leaf.code
  const title = localize(leaf.title)
  const label = document.createElement('label')
  label.append(span('code', leaf.code), ` ${title}`)
  const points = span('points')
  pointsOf.set(leaf.code, points)
  const output = document.createElement('output')
  const inputs = options.inputs.get(leaf.code) ?? new Map<string, Observation['value']>()
  const slider = sliderOf(leaf, inputs, options, output)
  if (slider) {
    slider.setAttribute('aria-label', `${leaf.code} ${title}`)
    label.append(slider)
  }
  row.append(label, output, points)
  return row
}

/** The slider of a leaf (its boolean, `done` or `value` input), or undefined when nothing can be moved. */
function sliderOf(
  leaf: MethodologyNode,
  inputs: LeafInputs,
  options: SliderPanelOptions,
  output: HTMLOutputElement,
): HTMLInputElement | undefined {
  const info = options.compiled.leaves.find((candidate) => candidate.code === leaf.code)
  const field = info?.fields.value ? 'value' : info?.fields.done ? 'done' : undefined
  const current = field === undefined ? undefined : inputs.get(field)
  const boolean = info?.fields[field ?? '']?.kind === 'boolean'
  output.value = describe(field, inputs, boolean)
  if (info === undefined || field === undefined || current === 'NA') return undefined
  const range: InputRange | undefined = boolean
    ? { min: '0', max: '1', step: '1' }
    : inputRange(leaf, field, inputs, options.compiled.methodology.display.decimals)
  if (range === undefined) return undefined
  const slider = document.createElement('input')
  slider.type = 'range'
  slider.min = range.min
  slider.max = range.max
  slider.step = range.step
  slider.dataset.node = leaf.code
  slider.dataset.field = field
  slider.value = boolean ? (isYes(current) ? '1' : '0') : typeof current === 'string' ? current : range.min
  const state = new Map(inputs)
  slider.addEventListener('input', () => {
    // The browser hands the position over as text; it becomes an exact decimal string before scoring.
    const value = boolean ? slider.value === '1' : toDecimalString(dec(slider.value))
    state.set(field, value)
    output.value = describe(field, state, boolean)
    options.onChange({ unit: options.unit, node: leaf.code, field, value })
  })
  return slider
}

/** A yes/no input as the engine reads it: `true`, or a decimal 1 (`có`/`không` arrive as booleans). */
function isYes(value: Observation['value'] | undefined): boolean {
  return value === true || (typeof value === 'string' && value !== 'NA' && dec(value).eq(1))
}

/** The input as a person reads it: `có`, `23 / 24`, `4.63`, `không áp dụng`, `(trống)`. */
function describe(field: string | undefined, inputs: LeafInputs, boolean: boolean): string {
  if ([...inputs.values()].includes('NA')) return 'không áp dụng'
  const value = field === undefined ? undefined : inputs.get(field)
  if (value === undefined || value === null) return '(trống)'
  if (boolean) return isYes(value) ? 'có' : 'không'
  if (field === 'done') return `${value} / ${String(inputs.get('total') ?? '—')}`
  return String(value)
}

function span(className: string, text = ''): HTMLSpanElement {
  const element = document.createElement('span')
  element.className = className
  element.textContent = text
  return element
}

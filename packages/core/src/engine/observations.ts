import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { Dataset, Observation, Origin } from '../schema/dataset.js'
import type { Diagnostic } from '../schema/scorecard.js'
import type { CompiledTree } from './compile.js'

/** The observation chosen for one unit, leaf and field, after resolving sources. */
export interface ChosenObservation {
  readonly value: Observation['value']
  readonly source: string | undefined
  readonly origin: Origin | undefined
}

/** Chosen observations: leaf index → unit index → field → observation. */
export type ObservationIndex = ReadonlyMap<
  number,
  ReadonlyArray<ReadonlyMap<string, ChosenObservation> | undefined>
>

// When a leaf has values from several sources, the appraised one wins (the ministry's appraisal "recognises or
// adjusts" the self-assessment); survey and statistics are independent measurements; a value without a
// source comes before a self-assessment.
const SOURCE_PRECEDENCE = ['appraisal', 'survey', 'statistic', undefined, 'self'] as const

/**
 * Indexes a dataset's observations by leaf, unit and field, reporting every observation that cannot be used
 * (unknown unit or node, aggregate node, unread field, duplicate) and every appraisal that changed a
 * self-assessed value. Nothing is dropped without a diagnostic.
 */
export function indexObservations(
  dataset: Dataset,
  tree: CompiledTree,
  unitIndex: ReadonlyMap<string, number>,
  diagnostics: Diagnostic[],
): ObservationIndex {
  const grouped = new Map<number, Array<Map<string, Observation[]> | undefined>>()
  for (const observation of dataset.observations) {
    const located = {
      unit: observation.unit,
      node: observation.node,
      ...(observation.origin ? { origin: observation.origin } : {}),
    }
    const unit = unitIndex.get(observation.unit)
    if (unit === undefined) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.UNKNOWN_UNIT,
        severity: 'error',
        ...located,
        message: `observation for unit "${observation.unit}", which the dataset's unit list does not have; ignored`,
      })
      continue
    }
    const node = tree.byCode.get(observation.node)
    if (node === undefined || node.parent === -1) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.UNKNOWN_NODE,
        severity: 'error',
        ...located,
        message: `the methodology has no node "${observation.node}"; observation ignored`,
      })
      continue
    }
    if (!node.rule) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.NOT_A_LEAF,
        severity: 'error',
        ...located,
        message: `"${observation.node}" is computed from its children and takes no observation; ignored`,
      })
      continue
    }
    if (!(observation.field in node.rule.fields)) {
      const expected = Object.keys(node.rule.fields).join(', ')
      diagnostics.push({
        code: DIAGNOSTIC_CODES.UNUSED_FIELD,
        severity: 'warning',
        ...located,
        message: `rule ${node.rule.def.id} of "${node.code}" reads ${expected}, not "${observation.field}"; ignored`,
      })
      continue
    }
    let units = grouped.get(node.index)
    if (!units) {
      units = []
      grouped.set(node.index, units)
    }
    let fields = units[unit]
    if (!fields) {
      fields = new Map()
      units[unit] = fields
    }
    const list = fields.get(observation.field)
    if (list) list.push(observation)
    else fields.set(observation.field, [observation])
  }

  const index = new Map<number, Array<Map<string, ChosenObservation> | undefined>>()
  for (const [leaf, units] of grouped) {
    const chosenUnits: Array<Map<string, ChosenObservation> | undefined> = []
    units.forEach((fields, unit) => {
      if (!fields) return
      const chosen = new Map<string, ChosenObservation>()
      for (const [field, observations] of fields) {
        const pick = choose(observations, diagnostics)
        if (pick) chosen.set(field, { value: pick.value, source: pick.source, origin: pick.origin })
      }
      chosenUnits[unit] = chosen
    })
    index.set(leaf, chosenUnits)
  }
  return index
}

function choose(observations: Observation[], diagnostics: Diagnostic[]): Observation | undefined {
  const bySource = new Map<string | undefined, Observation>()
  for (const observation of observations) {
    const existing = bySource.get(observation.source)
    if (existing) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.DUPLICATE_OBSERVATION,
        severity: 'error',
        unit: observation.unit,
        node: observation.node,
        ...(observation.origin ? { origin: observation.origin } : {}),
        message: `second ${observation.source ?? 'unsourced'} value for field "${observation.field}" (${show(observation.value)}); the first (${show(existing.value)}${where(existing.origin)}) is used`,
      })
      continue
    }
    bySource.set(observation.source, observation)
  }
  const present = SOURCE_PRECEDENCE.map((source) => bySource.get(source)).filter(
    (observation): observation is Observation => observation !== undefined && observation.value !== null,
  )
  const winner = present[0] ?? observations[0]
  const self = bySource.get('self')
  if (
    winner &&
    self &&
    winner !== self &&
    winner.source === 'appraisal' &&
    self.value !== null &&
    !same(winner.value, self.value)
  ) {
    diagnostics.push({
      code: DIAGNOSTIC_CODES.APPRAISAL_CHANGED,
      severity: 'info',
      unit: winner.unit,
      node: winner.node,
      ...(winner.origin ? { origin: winner.origin } : {}),
      message: `field "${winner.field}": self-assessed ${show(self.value)}, appraised ${show(winner.value)}; the appraised value is used`,
    })
  }
  return winner
}

function same(a: Observation['value'], b: Observation['value']): boolean {
  if (typeof a === 'string' && typeof b === 'string' && a !== 'NA' && b !== 'NA') return dec(a).eq(b)
  return a === b
}

function show(value: Observation['value']): string {
  return value === null ? 'empty' : String(value)
}

function where(origin: Origin | undefined): string {
  if (!origin) return ''
  const parts = [
    origin.file,
    origin.sheet,
    origin.row === undefined ? undefined : `row ${origin.row}`,
    origin.column === undefined ? undefined : `column ${origin.column}`,
  ]
  return ` at ${parts.filter(Boolean).join(', ')}`
}

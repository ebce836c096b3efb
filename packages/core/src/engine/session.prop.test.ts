import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  arbitraries,
  compositeMethodology,
  meansMethodology,
  pointsMethodology,
} from '../../test/engine-test-methodologies.js'
import type { ObservationChange } from './session.js'

describe.each([
  ['points', pointsMethodology],
  ['composite with cohort normalisers', compositeMethodology],
  ['composite with other means', meansMethodology],
])('a session of a %s methodology', (_label, methodology) => {
  const { compiled, dataset, batches } = arbitraries(methodology)

  test.prop([dataset, batches, fc.boolean()], propertyRuns(60))(
    'always scores its current data exactly as a full evaluation does',
    (data, changes, trace) => {
      const session = compiled.session(data, { trace })
      expect(JSON.stringify(session.scorecard())).toBe(
        JSON.stringify(compiled.evaluate(session.dataset(), { trace })),
      )
      for (const batch of changes) {
        const card = session.apply(batch)
        expect(JSON.stringify(card)).toBe(JSON.stringify(compiled.evaluate(session.dataset(), { trace })))
        expect(session.scorecard()).toBe(card)
      }
    },
  )

  test.prop([dataset, batches, batches], propertyRuns(30))(
    'forks are independent of each other and of their parent',
    (data, first, second) => {
      const parent = compiled.session(data, { trace: false })
      const before = JSON.stringify(parent.scorecard())
      const fork = parent.fork()
      for (const batch of first) fork.apply(batch)
      expect(JSON.stringify(parent.scorecard())).toBe(before)
      const forkCard = JSON.stringify(fork.scorecard())
      const grandchild = fork.fork()
      for (const batch of second) parent.apply(batch)
      for (const batch of second) grandchild.apply(batch)
      expect(JSON.stringify(fork.scorecard())).toBe(forkCard)
      for (const session of [parent, fork, grandchild]) {
        expect(JSON.stringify(session.scorecard())).toBe(
          JSON.stringify(compiled.evaluate(session.dataset(), { trace: false })),
        )
      }
    },
  )

  test.prop([dataset, batches], propertyRuns(30))(
    'keeps one observation per changed slot, with the given or previous source and no origin',
    (data, changes) => {
      const session = compiled.session(data)
      for (const batch of changes) session.apply(batch)
      const last = new Map<string, ObservationChange>()
      for (const change of changes.flat())
        last.set(`${change.unit}|${change.node}|${change.field ?? 'value'}`, change)
      for (const [key, change] of last) {
        const kept = session.dataset().observations.filter((o) => `${o.unit}|${o.node}|${o.field}` === key)
        expect(kept).toHaveLength(1)
        expect(kept[0]!.origin).toBeUndefined()
        expect(kept[0]!.value).toBe(change.value)
        if (change.source !== undefined) expect(kept[0]!.source).toBe(change.source)
      }
    },
  )
})

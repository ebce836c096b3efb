import { createEngine, dec } from '@chiso/core'
import { scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { areaContributions } from '../src/html-report/area-contributions.js'
import { areaProfile } from '../src/html-report/area-profile.js'
import { chartUnits } from '../src/html-report/chart-units.js'
import { escapeHtml } from '../src/html-report/escape-html.js'
import { rankChange } from '../src/html-report/rank-change.js'

const engine = createEngine()

describe('areaContributions', () => {
  test.prop([scoredCaseArb({ maxDepth: 3, data: { units: { min: 1, max: 6 } } })], propertyRuns(60))(
    'splits every ranked unit of a points methodology into parts that add up to its index exactly',
    ({ methodology, dataset }) => {
      const compiled = engine.compile(methodology)
      for (const unit of compiled.evaluate(dataset).units) {
        const parts = areaContributions(compiled.methodology, unit)
        if (unit.index === null || dec(unit.max ?? '0').isZero()) {
          expect(parts).toBeNull()
          continue
        }
        expect(parts).not.toBeNull()
        expect(parts!.map((part) => part.area)).toEqual(compiled.methodology.tree.map((area) => area.code))
        const sum = parts!.reduce((total, part) => total.plus(part.value), dec(0))
        expect(sum.minus(unit.index).abs().lte('1e-30')).toBe(true)
        for (const part of parts!) expect(part.value.gte(0)).toBe(true)
      }
    },
  )

  test.prop(
    [scoredCaseArb({ kind: 'composite', maxDepth: 2, data: { units: { min: 2, max: 6 } } })],
    propertyRuns(60),
  )('splits a weighted-mean composite into parts that add up to its index', ({ methodology, dataset }) => {
    const compiled = engine.compile(methodology)
    const mean = (compiled.methodology.aggregate?.use ?? 'chiso/mean') === 'chiso/mean'
    for (const unit of compiled.evaluate(dataset).units) {
      const parts = areaContributions(compiled.methodology, unit)
      if (unit.index === null || !mean) {
        if (unit.index === null) expect(parts).toBeNull()
        continue
      }
      expect(parts).not.toBeNull()
      const sum = parts!.reduce((total, part) => total.plus(part.value), dec(0))
      expect(sum.minus(unit.index).abs().lte('1e-30')).toBe(true)
    }
  })

  it('splits a weighted mean by weight × value ÷ Σ weights × scale', () => {
    const compiled = engine.compile({
      id: 'demo.composite',
      version: '1.0.0',
      title: 'Illustrative composite',
      status: 'illustrative',
      result: { type: 'composite', scale: '10' },
      tree: [
        { code: 'a', title: 'A', weight: '3', rule: { use: 'chiso/value' } },
        { code: 'b', title: 'B', weight: '1', rule: { use: 'chiso/value' } },
      ],
    })
    const [unit] = compiled.evaluate({
      units: [{ code: 'u' }],
      observations: [
        { unit: 'u', node: 'a', value: '6' },
        { unit: 'u', node: 'b', value: '2' },
      ],
    }).units
    expect(unit!.index).toBe('50')
    expect(areaContributions(compiled.methodology, unit!)?.map((part) => part.value.toFixed())).toEqual([
      '45',
      '5',
    ])
  })
})

describe('areaProfile', () => {
  it('gives the unit, the median (mean of the middle two for an even count) and the best, exactly', () => {
    const nodes = (index: string) => ({ '1': { status: 'ok' as const, score: index, max: '100', index } })
    const unit = (code: string, index: string) => ({
      unit: code,
      score: index,
      max: '100',
      index,
      indexDisplay: index,
      rank: 1,
      band: null,
      nodes: nodes(index),
    })
    const scorecard = {
      methodology: { id: 'x', version: '1.0.0', fingerprint: `sha256:${'0'.repeat(64)}` },
      units: [unit('a', '70.1'), unit('b', '80.2'), unit('c', '90.3'), unit('d', '60')],
      diagnostics: [],
    }
    const [row] = areaProfile(scorecard, ['1'], 'b')
    expect(row!.unit!.toFixed()).toBe('80.2')
    expect(row!.median!.toFixed()).toBe('75.15') // (70.1 + 80.2) / 2, no binary rounding
    expect(row!.best!.toFixed()).toBe('90.3')
  })
})

describe('chartUnits', () => {
  const codes = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 80 })
  test.prop(
    [codes, fc.array(fc.nat(), { maxLength: 3 }), fc.integer({ min: 1, max: 60 })],
    propertyRuns(100),
  )(
    'keeps rank order, every unit up to the limit, and the units in focus wherever they rank',
    (all, picks, limit) => {
      const focus = picks.filter((pick) => pick < all.length).map((pick) => all[pick]!)
      const shown = chartUnits(all, focus, limit)
      expect(all.filter((unit) => shown.includes(unit))).toEqual(shown) // a subsequence, in order
      for (const unit of focus) expect(shown).toContain(unit)
      if (all.length <= limit) expect(shown).toEqual(all)
      else {
        expect(shown.slice(0, limit)).toEqual(all.slice(0, limit))
        expect(shown.length).toBeLessThanOrEqual(limit + focus.length)
      }
    },
  )
})

describe('rankChange', () => {
  test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 })], propertyRuns(100))(
    'says how many ranks a unit rose or fell (previous − current)',
    (before, now) => {
      const change = rankChange('u', now, new Map([['u', before]]))
      if (before === now) expect(change).toEqual({ kind: 'same' })
      else if (before > now) expect(change).toEqual({ kind: 'up', by: before - now })
      else expect(change).toEqual({ kind: 'down', by: now - before })
    },
  )

  it('marks units that were not in the previous ranking, and unranked ones', () => {
    expect(rankChange('new', 3, new Map())).toEqual({ kind: 'new' })
    expect(rankChange('u', null, new Map([['u', 2]]))).toEqual({ kind: 'unknown' })
    expect(rankChange('u', 2, new Map([['u', null]]))).toEqual({ kind: 'unknown' })
  })
})

describe('escapeHtml', () => {
  test.prop([fc.string()], propertyRuns(100))(
    'leaves no character that could open markup or close an attribute',
    (text) => {
      const escaped = escapeHtml(text)
      expect(escaped).not.toMatch(/[<>"']/)
      const decoded = escaped
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
      expect(decoded).toBe(text)
    },
  )
})

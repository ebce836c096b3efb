import { readFileSync } from 'node:fs'
import { createEngine, explain, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { explainText } from './explain-text.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8')
const compiled = createEngine().compile(parse(fixture('points.methodology.yaml')))
const dataset = parseDataset(JSON.parse(fixture('points.dataset.json')))
const card = compiled.evaluate(dataset, { trace: true })
const nodes = Object.keys(card.units[0]!.nodes)

describe('explainText', () => {
  it.each(['HN', 'DN'])(
    'writes in English what core’s explain() writes: unit %s and each of its nodes',
    (unit) => {
      for (const node of [undefined, ...nodes]) {
        const request = { unit, node, language: 'en' as const }
        expect(explainText(card, compiled.methodology, request)).toBe(
          explain(card, compiled.methodology, request),
        )
      }
    },
  )

  it('writes Vietnamese words around the same numbers', () => {
    const text = explainText(card, compiled.methodology, { unit: 'DN', language: 'vi' })
    expect(text).toMatch(/chỉ số .* \(chính xác .*\)/)
    // The first line names the methodology (`test.points@1.0.0`): data, not words.
    expect(text.split('\n').slice(1).join('\n')).not.toMatch(
      /\b(index|points|rank|band|diagnostics|missing|of)\b/,
    )
    const node = explainText(card, compiled.methodology, { unit: 'HN', node: nodes[0]!, language: 'vi' })
    expect(node).toContain('— đơn vị HN')
  })

  it('refuses a unit or node the scorecard does not have', () => {
    expect(() => explainText(card, compiled.methodology, { unit: 'XX', language: 'vi' })).toThrow(
      /no unit "XX"/,
    )
    expect(() => explainText(card, compiled.methodology, { unit: 'HN', node: '9', language: 'en' })).toThrow(
      /no node "9"/,
    )
  })
})

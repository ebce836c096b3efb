import { builtinPlugin, createEngine } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { explainText } from '../format/explain-text.js'
import { METHOD_NAMES } from './method-names.js'

// Rules keep their id (see METHOD_NAMES): normalisers (with the treat and impute steps) and aggregators are named.
const BUILT_IN = [...(builtinPlugin.normalisers ?? []), ...(builtinPlugin.aggregators ?? [])].map(
  (item) => item.id,
)

describe('METHOD_NAMES', () => {
  it('names every built-in normaliser, step and aggregator in both languages, and nothing else', () => {
    for (const language of ['vi', 'en'] as const) {
      expect(BUILT_IN.filter((id) => !Object.hasOwn(METHOD_NAMES[language], id))).toEqual([])
      expect(Object.keys(METHOD_NAMES[language]).filter((id) => !BUILT_IN.includes(id))).toEqual([])
    }
  })

  it('is what `explain --node` names a method by in Vietnamese; English keeps the id, as core writes it', () => {
    const compiled = createEngine().compile({
      id: 't.methods',
      version: '1.0.0',
      title: 'T',
      result: { type: 'composite' },
      tree: [
        {
          code: 'A',
          title: 'A',
          aggregate: { use: 'chiso/geometric-mean' },
          children: ['x', 'y'].map((code) => ({
            code,
            title: code,
            rule: { use: 'chiso/value' },
            normalise: { use: 'chiso/min-max' },
          })),
        },
      ],
    })
    const data = {
      units: [{ code: 'P' }, { code: 'Q' }],
      observations: ['P', 'Q'].flatMap((unit, i) =>
        ['x', 'y'].map((node) => ({ unit, node, value: String(i + 2) })),
      ),
    }
    const card = compiled.evaluate(data, { trace: true })
    const vi = (node: string) => explainText(card, compiled.methodology, { unit: 'Q', node, language: 'vi' })
    const en = (node: string) => explainText(card, compiled.methodology, { unit: 'Q', node, language: 'en' })
    expect(vi('x')).toContain('cách chấm chiso/value')
    expect(vi('x')).toContain(`quy đổi theo ${METHOD_NAMES.vi['chiso/min-max']}`)
    expect(vi('A')).toContain(`gộp điểm theo ${METHOD_NAMES.vi['chiso/geometric-mean']}`)
    expect(vi('x')).not.toContain('chiso/min-max')
    expect(vi('A')).not.toMatch(/chiso\//)
    expect(en('x')).toContain('rule chiso/value')
    expect(en('x')).toContain('normalise by chiso/min-max')
    expect(en('A')).toContain('aggregate chiso/geometric-mean')
  })
})

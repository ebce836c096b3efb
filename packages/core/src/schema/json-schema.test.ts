import { describe, expect, it } from 'vitest'
import { jsonSchema } from './json-schema.js'

describe('jsonSchema', () => {
  it('describes the methodology format, with the recursive node definition', () => {
    const schema = jsonSchema('methodology') as {
      title: string
      required: string[]
      properties: Record<string, unknown>
    }
    expect(schema.title).toBe('chiso methodology')
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'title', 'result', 'tree']))
    expect(JSON.stringify(schema)).toContain('"children"')
    expect(JSON.stringify(schema)).toContain('"pattern"')
  })

  it('describes the dataset format', () => {
    const schema = jsonSchema('dataset') as { properties: Record<string, unknown> }
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['units', 'observations']))
  })
})

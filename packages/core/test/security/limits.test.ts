import { pointsLeaf, pointsMethodology, propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  type ChisoError,
  createEngine,
  DEFAULT_ENGINE_LIMITS,
  parseDataset,
  parseMethodology,
} from '../../src/index.js'
import { resolveLimits } from '../../src/internal.js'

const leaf = (code: string) => pointsLeaf(code)
const methodologyWith = (tree: unknown[]) =>
  pointsMethodology(tree, { id: 'limits-demo', title: 'Limits (illustrative)' })

/** A chain of `depth` nodes, each the only child of the one above; the deepest is a leaf. */
function chain(depth: number): unknown {
  let node: Record<string, unknown> = leaf(`n${depth}`)
  for (let level = depth - 1; level >= 1; level--) node = { code: `n${level}`, title: 'n', children: [node] }
  return node
}

function thrown(fn: () => unknown): ChisoError {
  try {
    fn()
  } catch (error) {
    return error as ChisoError
  }
  throw new Error('expected an error')
}

describe('tree limits', () => {
  it('refuses a tree nested 100 000 levels deep with a located error, not a stack overflow', () => {
    const error = thrown(() => createEngine().compile(methodologyWith([chain(100_000)])))
    expect(error.name).toBe('ChisoError')
    expect(error.code).toBe('LIMIT_EXCEEDED')
    // The first node past the limit: tree[0] and 31 levels of children below it are allowed.
    expect(error.path).toEqual(['tree', 0, ...Array.from({ length: 32 }, () => ['children', 0]).flat()])
    expect(error.message).toContain(
      '33 tree levels exceed the limit maxDepth = 32 (default 32; raise it with --max-depth',
    )
    expect(error.message).toContain('raise it with --max-depth in the CLI, limits.maxDepth in the API')
    expect(error.hint).toContain('createEngine({ limits: { maxDepth: … } })')
  })

  test.prop([fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })], propertyRuns(100))(
    'a tree compiles exactly when its depth is within maxDepth',
    (depth, maxDepth) => {
      const compile = () => createEngine({ limits: { maxDepth } }).compile(methodologyWith([chain(depth)]))
      if (depth <= maxDepth) expect(compile().leaves).toHaveLength(1)
      else expect(thrown(compile).code).toBe('LIMIT_EXCEEDED')
    },
  )

  it('counts nodes (maxNodes) and says how to raise the limit', () => {
    const tree = Array.from({ length: 11 }, (_, i) => leaf(`c${i}`))
    expect(createEngine({ limits: { maxNodes: 11 } }).compile(methodologyWith(tree)).leaves).toHaveLength(11)
    const error = thrown(() => parseMethodology(methodologyWith(tree), { limits: { maxNodes: 10 } }))
    expect(error.code).toBe('LIMIT_EXCEEDED')
    expect(error.path).toEqual(['tree', 10])
    expect(error.message).toMatch(/--max-nodes in the CLI, limits\.maxNodes in the API/)
  })

  it('refuses options nested deeper than maxNesting (they would overflow the schema too)', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 200_000; i++) deep = [deep]
    const document = methodologyWith([{ ...leaf('1'), rule: { use: 'chiso/points', with: { deep } } }])
    const error = thrown(() => createEngine().compile(document))
    expect(error.code).toBe('LIMIT_EXCEEDED')
    expect(error.message).toContain('exceed the limit maxNesting = 256')
    expect(error.path.slice(0, 5)).toEqual(['tree', 0, 'rule', 'with', 'deep'])
  })

  it('walks a document whose parts are shared (aliases) without blowing up', () => {
    // 40 levels, each referring twice to the level below: 2^40 paths, 40 objects.
    let shared: unknown = { end: true }
    for (let i = 0; i < 40; i++) shared = { left: shared, right: shared }
    const document = methodologyWith([{ ...leaf('1'), rule: { use: 'chiso/points', with: { shared } } }])
    const error = thrown(() => parseMethodology(document, { limits: { maxNesting: 30 } }))
    expect(error.code).toBe('LIMIT_EXCEEDED')
  })

  it('rejects a malformed limit by name', () => {
    expect(thrown(() => resolveLimits({ maxUnits: 0 })).path).toEqual(['limits', 'maxUnits'])
    expect(thrown(() => createEngine({ limits: { maxDepth: 1.5 } })).code).toBe('INVALID_OPTIONS')
    expect(resolveLimits({ maxUnits: Number.POSITIVE_INFINITY }).maxUnits).toBe(Number.POSITIVE_INFINITY)
    expect(resolveLimits()).toEqual(DEFAULT_ENGINE_LIMITS)
  })
})

describe('dataset limits', () => {
  const units = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `u${i}` }))

  it('refuses more units than maxUnits, raw or already parsed', () => {
    const dataset = { units: units(5), observations: [] }
    const error = thrown(() => parseDataset(dataset, { limits: { maxUnits: 4 } }))
    expect(error.code).toBe('LIMIT_EXCEEDED')
    expect(error.path).toEqual(['units', 4])
    expect(error.message).toContain('5 units exceed the limit maxUnits = 4 (default 1000000;')
    const compiled = createEngine({ limits: { maxUnits: 4 } }).compile(methodologyWith([leaf('1')]))
    expect(thrown(() => compiled.evaluate(parseDataset(dataset))).code).toBe('LIMIT_EXCEEDED')
    expect(thrown(() => compiled.session(dataset)).code).toBe('LIMIT_EXCEEDED')
    expect(compiled.evaluate({ units: units(4), observations: [] }).units).toHaveLength(4)
  })

  it('refuses more observations than maxObservations', () => {
    const observations = units(3).map((unit) => ({ unit: unit.code, node: '1', value: '1' }))
    const error = thrown(() =>
      createEngine({ limits: { maxObservations: 2 } })
        .compile(methodologyWith([leaf('1')]))
        .evaluate({ units: units(3), observations }),
    )
    expect(error.code).toBe('LIMIT_EXCEEDED')
    expect(error.path).toEqual(['observations', 2])
    expect(error.message).toContain('--max-observations')
  })
})

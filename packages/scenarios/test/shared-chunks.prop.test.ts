import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { chunkCount, claimAll, claimChunk, sharedChunks } from '../src/node/shared-chunks.js'

// Threads take chunks of runs from one shared counter (shared-chunks.ts); the results are complete and
// identical only if the chunks taken cover every run exactly once. Checked to fail: ending a chunk at
// (k + 1) · size + 1, or counting ⌊runs / size⌋ chunks, turns this red.
describe('chunks taken from the shared counter', () => {
  test.prop([fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 400 })], propertyRuns(200))(
    'cover runs 0 … runs − 1 once, in order, then none is left',
    (runs, size) => {
      const chunks = sharedChunks(runs, size)
      const covered: number[] = []
      for (let range = claimChunk(chunks); range !== undefined; range = claimChunk(chunks)) {
        expect(range[1] - range[0]).toBeGreaterThan(0)
        expect(range[1] - range[0]).toBeLessThanOrEqual(size)
        for (let run = range[0]; run < range[1]; run++) covered.push(run)
      }
      expect(covered).toEqual(Array.from({ length: runs }, (_, run) => run))
      expect(claimChunk(chunks)).toBeUndefined()
    },
  )

  test.prop(
    [fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 400 }), fc.nat()],
    propertyRuns(100),
  )('none after all are taken, wherever the threads were', (runs, size, before) => {
    const chunks = sharedChunks(runs, size)
    for (let k = 0; k < before % (chunkCount(chunks) + 1); k++) claimChunk(chunks)
    claimAll(chunks)
    expect(claimChunk(chunks)).toBeUndefined()
  })
})

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scorecardToCsv } from '@chiso/adapters/csv'
import { ChisoError, createEngine, type Dataset, type Methodology, type Scorecard } from '@chiso/core'
import { scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { stringifyOrdered, treeOrder } from '../src/format/ordered-json.js'
import { toContractJson, writeContractJson } from '../src/format/scorecard-json.js'
import { writeInChunks, writeOutputFileInChunks } from '../src/io/write-output.js'

/** The text `chiso score --format json` wrote before streaming: the whole contract object, stringified. */
function wholeText(scorecard: Scorecard, methodology: Methodology, trace: boolean): string {
  return `${stringifyOrdered(toContractJson(scorecard, { trace }), treeOrder(methodology))}\n`
}

function streamedChunks(scorecard: Scorecard, methodology: Methodology, trace: boolean): string[] {
  const chunks: string[] = []
  writeContractJson(scorecard, treeOrder(methodology), { trace }, (chunk) => chunks.push(chunk))
  return chunks
}

/** Gives some units a group (so the scorecard has `group` and `groupRank`) and drops some names. */
function regroup(dataset: Dataset, groups: ReadonlyArray<string | undefined>, dropNames: boolean): Dataset {
  return {
    ...dataset,
    units: dataset.units.map((unit, index) => {
      const group = groups.length === 0 ? undefined : groups[index % groups.length]
      const { name, group: _previous, ...rest } = unit
      return {
        ...rest,
        ...(name === undefined || (dropNames && index % 2 === 1) ? {} : { name }),
        ...(group === undefined ? {} : { group }),
      }
    }),
  }
}

const cases = fc.oneof(
  scoredCaseArb({ maxDepth: 3, data: { units: { min: 0, max: 6 } } }),
  scoredCaseArb({ kind: 'composite', maxDepth: 3, data: { units: { min: 0, max: 6 } } }),
)

describe('the streamed contract JSON of chiso score', () => {
  test.prop(
    [
      cases,
      fc.boolean(),
      fc.array(fc.option(fc.constantFrom('sở', 'huyện', 'x"y\n'), { nil: undefined }), { maxLength: 3 }),
      fc.boolean(),
    ],
    propertyRuns(100),
  )(
    'is byte-identical to stringifying the whole contract object, with and without --trace, unit by unit too',
    ({ methodology, dataset }, trace, groups, dropNames) => {
      const compiled = createEngine().compile(methodology)
      const data = regroup(dataset, groups, dropNames)
      const scorecard = compiled.evaluate(data, { trace })
      const whole = wholeText(scorecard, methodology, trace)
      expect(streamedChunks(scorecard, methodology, trace).join('')).toBe(whole)
      // What chiso score writes now: the scorecard handed out one unit at a time, as JSON and as CSV.
      const byUnit = compiled.evaluateByUnit(data, { trace })
      const chunks: string[] = []
      writeContractJson(byUnit, treeOrder(methodology), { trace }, (chunk) => chunks.push(chunk))
      expect(chunks.join('')).toBe(whole)
      expect(scorecardToCsv(byUnit, compiled.methodology)).toBe(
        scorecardToCsv(scorecard, compiled.methodology),
      )
    },
  )

  it('writes nodes outside the tree order after the others, as the sorting writer did', () => {
    const [{ methodology, dataset }] = fc.sample(
      scoredCaseArb({ maxDepth: 2, data: { units: { min: 2, max: 2 } } }),
      { numRuns: 1, seed: 7 },
    ) as [{ methodology: Methodology; dataset: Dataset }]
    const scorecard = createEngine().score(methodology, dataset, { trace: false })
    const [first, ...others] = scorecard.units
    if (first === undefined) throw new Error('the sample has units')
    const extra = { status: 'ok' as const, score: '1', max: '2', index: '50' }
    const odd: Scorecard = {
      ...scorecard,
      units: [{ ...first, nodes: { zz: extra, ...first.nodes, '10': extra, constructor: extra } }, ...others],
    }
    const streamed = streamedChunks(odd, methodology, false).join('')
    expect(streamed).toBe(wholeText(odd, methodology, false))
    expect(streamed).toContain('"zz"')
    expect(streamed).toContain('"constructor"')
  })

  it('emits about one chunk per unit, never the whole text at once', () => {
    const [{ methodology, dataset }] = fc.sample(
      scoredCaseArb({ maxDepth: 2, data: { units: { min: 5, max: 5 } } }),
      { numRuns: 1, seed: 3 },
    ) as [{ methodology: Methodology; dataset: Dataset }]
    const scorecard = createEngine().score(methodology, dataset, { trace: false })
    const chunks = streamedChunks(scorecard, methodology, false)
    expect(chunks.length).toBeGreaterThanOrEqual(scorecard.units.length)
    const total = chunks.join('').length
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(total)
  })
})

describe('writing chunks', () => {
  const temp = mkdtempSync(join(tmpdir(), 'chiso-chunks-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))
  const produceMany = (emit: (chunk: string) => void) => {
    // Over 1 MB in total, so the file is written in more than one write.
    for (let index = 0; index < 30_000; index++) emit(`${index} đơn vị ${'x'.repeat(index % 50)}\n`)
  }
  const expected = (() => {
    const chunks: string[] = []
    produceMany((chunk) => chunks.push(chunk))
    return chunks.join('')
  })()

  it('writes every chunk, in order, to the --out file (atomically, no temporary file left)', () => {
    const dir = mkdtempSync(join(temp, 'ok-'))
    writeFileSync(join(dir, 'out.json'), 'old')
    writeOutputFileInChunks('out.json', dir, produceMany)
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(expected)
    expect(readdirSync(dir)).toEqual(['out.json'])
  })

  it('leaves the old file untouched when producing fails, and rethrows the failure as it is', () => {
    const dir = mkdtempSync(join(temp, 'fail-'))
    writeFileSync(join(dir, 'out.json'), 'old')
    const failure = new Error('broken writer')
    expect(() =>
      writeOutputFileInChunks('out.json', dir, (emit) => {
        produceMany(emit)
        throw failure
      }),
    ).toThrow(failure)
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['out.json'])
  })

  it('reports a file that cannot be written as a ChisoError', () => {
    const missing = join(temp, 'no-such-directory', 'out.json')
    expect(() => writeOutputFileInChunks(missing, temp, produceMany)).toThrow(ChisoError)
    expect(existsSync(missing)).toBe(false)
  })

  it('passes the same text to a writer in pieces', () => {
    const pieces: string[] = []
    writeInChunks({ write: (text) => pieces.push(text) }, produceMany)
    expect(pieces.join('')).toBe(expected)
    expect(pieces.length).toBeGreaterThan(1)
  })
})

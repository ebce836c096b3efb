// The same inputs give byte-identical fingerprints and scorecards in Node and in Chromium: decimal.js, the
// pure-JS SHA-256 and the engine must not depend on the platform. Cases are random methodologies (points and
// composite) with datasets, drawn from the seed of propertyRuns (fixed in a test run) so a failure can be replayed.
import { fileURLToPath } from 'node:url'
import { scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser } from '../src/bundle.js'
import { launchChromium, type RunningBrowser } from '../src/chromium.js'
import { catalogueFingerprints, type ParityResult, score } from './parity-entry.js'

const RUNS = propertyRuns(40)
const cases = [
  ...fc.sample(scoredCaseArb({ maxDepth: 3, data: { units: { min: 1, max: 8 } } }), RUNS),
  ...fc.sample(scoredCaseArb({ kind: 'composite', maxDepth: 3, data: { units: { min: 1, max: 8 } } }), {
    ...RUNS,
    seed: RUNS.seed + 1,
  }),
]

let running: RunningBrowser
let bundle: string

beforeAll(async () => {
  bundle = await bundleForBrowser(fileURLToPath(new URL('./parity-entry.ts', import.meta.url)), 'chisoParity')
  running = await launchChromium()
})

afterAll(async () => {
  await running?.close()
})

describe('Node and Chromium agree', () => {
  it('the core bundles for the browser without any Node built-in', () => {
    expect(bundle).not.toMatch(/require\(["']node:/)
    expect(bundle.length).toBeGreaterThan(10_000)
  })

  it('gives byte-identical fingerprints and scorecards for 80 random methodologies and datasets', async () => {
    const page = await running.browser.newPage()
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(
      (inputs) =>
        inputs.map(({ methodology, dataset }) =>
          (globalThis as unknown as { chisoParity: { score: typeof score } }).chisoParity.score(
            methodology,
            dataset,
          ),
        ),
      cases,
    )
    const inNode: ParityResult[] = cases.map(({ methodology, dataset }) => score(methodology, dataset))
    expect(inBrowser).toHaveLength(cases.length)
    for (const [index, expected] of inNode.entries()) {
      expect(inBrowser[index]?.fingerprint, `case ${index}`).toBe(expected.fingerprint)
      expect(inBrowser[index]?.scorecard, `case ${index}`).toBe(expected.scorecard)
    }
    await page.close()
  })

  it('gives the same fingerprint for every catalogue entry', async () => {
    const page = await running.browser.newPage()
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(() =>
      (
        globalThis as unknown as { chisoParity: { catalogueFingerprints: typeof catalogueFingerprints } }
      ).chisoParity.catalogueFingerprints(),
    )
    const inNode = catalogueFingerprints()
    expect(inNode.length).toBeGreaterThanOrEqual(3)
    expect(inBrowser).toEqual(inNode)
    await page.close()
  })
})

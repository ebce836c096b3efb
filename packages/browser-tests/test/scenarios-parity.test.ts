// Plans and seeded simulations are byte-identical in Node and in Chromium: the planner's exact decimals and
// the simulations' float64 kernel and seeded generator must not depend on the platform.
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser } from '../src/bundle.js'
import { launchChromium, type RunningBrowser } from '../src/chromium.js'
import { scenarioOutputs } from './scenarios-parity-entry.js'

let running: RunningBrowser
let bundle: string

beforeAll(async () => {
  bundle = await bundleForBrowser(
    fileURLToPath(new URL('./scenarios-parity-entry.ts', import.meta.url)),
    'chisoScenarios',
  )
  running = await launchChromium()
})

afterAll(async () => {
  await running?.close()
})

describe('Node and Chromium agree on scenarios', () => {
  it('the isomorphic scenarios entry bundles for the browser without any Node built-in', () => {
    expect(bundle).not.toMatch(/require\(["']node:/)
    expect(bundle).toContain('planRank')
  })

  it('gives byte-identical plans, seeded simulations and sensitivity analyses', async () => {
    const page = await running.browser.newPage()
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(() =>
      (
        globalThis as unknown as { chisoScenarios: { scenarioOutputs: typeof scenarioOutputs } }
      ).chisoScenarios.scenarioOutputs(),
    )
    const inNode = scenarioOutputs()
    expect(Object.keys(inNode)).toEqual(['pointsPlan', 'compositePlan', 'simulation', 'sensitivity'])
    for (const [name, json] of Object.entries(inNode)) {
      expect(json.length, name).toBeGreaterThan(100)
      expect(inBrowser[name], name).toBe(json)
    }
    // The plans are real plans, not both empty.
    expect(JSON.parse(inNode.pointsPlan!).steps.length).toBeGreaterThan(0)
    await page.close()
  })
})

// docs/releasing.md must describe the release setup as it is: the version groups it names are those of
// .changeset/config.json, the packages it calls published are the non-private ones, and the scripts it tells
// you to run exist.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { publishedPackages, WORKSPACE_ROOT } from './pack/published-packages.js'

const guide = readFileSync(join(WORKSPACE_ROOT, 'docs/releasing.md'), 'utf8')
const changesets = JSON.parse(readFileSync(join(WORKSPACE_ROOT, '.changeset/config.json'), 'utf8')) as {
  fixed: string[][]
  linked: string[][]
}
const rootScripts = (
  JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts

/** The package names in backticks in the guide's sentence that starts with `start`. */
function namesIn(start: string): string[] {
  const sentence = guide.slice(guide.indexOf(start)).split(/\.\s/)[0]!
  return [...sentence.matchAll(/`(@chiso\/[\w-]+)`/g)].map(([, name]) => name!).sort()
}

describe('docs/releasing.md', () => {
  it('names the fixed group of .changeset/config.json, and no other group', () => {
    expect(changesets.fixed).toHaveLength(1)
    expect(changesets.linked).toEqual([])
    expect(namesIn('- **`@chiso/core`')).toEqual([...changesets.fixed[0]!].sort())
  })

  it('calls independent exactly the published packages outside the fixed group', () => {
    const fixed = new Set(changesets.fixed.flat())
    const independent = publishedPackages()
      .map((pkg) => pkg.name)
      .filter((name) => !fixed.has(name))
      .sort()
    expect(namesIn('- **`@chiso/adapters`')).toEqual(independent)
  })

  it('lists exactly the published packages as published', () => {
    expect(namesIn('chiso publishes')).toEqual(
      publishedPackages()
        .map((pkg) => pkg.name)
        .sort(),
    )
  })

  it('tells to run scripts that exist, and pnpm test runs the package checks', () => {
    for (const [, script] of guide.matchAll(/pnpm run ([\w:-]+)/g))
      expect(rootScripts, script).toHaveProperty(script!)
    expect(rootScripts.changeset).toBe('changeset')
    // After the build, beside lint and the API reference (`.ci/run-together.mjs` runs root scripts by name).
    expect(rootScripts.test).toMatch(/&& node \.ci\/run-together\.mjs [\w: -]*\bcheck:packages\b[\w: -]*&&/)
    expect(rootScripts['check:packages']).toBe('node .ci/check-packages.mjs')
  })
})

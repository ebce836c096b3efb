// Every example in examples/ is runnable with one command and covered by a test: a `start` script, a README
// that gives the command, and at least one test file of its own (the tests run in the root vitest run).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WORKSPACE_ROOT } from './pack/published-packages.js'

const EXAMPLES = join(WORKSPACE_ROOT, 'examples')

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('node_modules'))
}

const examples = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(EXAMPLES, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort()

describe.each(examples)('examples/%s', (example) => {
  const folder = join(EXAMPLES, example)
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name: string
    private?: boolean
    scripts?: Record<string, string>
  }

  it('is a private workspace package with a start script', () => {
    expect(manifest.name).toBe(`@chiso-examples/${example}`)
    expect(manifest.private).toBe(true)
    expect(manifest.scripts?.start, 'scripts.start').toBeTypeOf('string')
  })

  it('says in its README how to run it with one command', () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8')
    expect(readme).toMatch(new RegExp(`pnpm --filter ${manifest.name} (run )?start`))
  })

  it('has tests of its own', () => {
    expect(testFiles(folder).length).toBeGreaterThan(0)
  })
})

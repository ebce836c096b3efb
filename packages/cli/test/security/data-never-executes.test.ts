import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// "Data never executes": no source file of a published package evaluates text as code, and every dynamic
// import names a fixed module (chiso's own optional parts), never a path or name read from input.
const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url))
const PUBLISHED = ['core', 'sdk', 'adapters', 'scenarios', 'cli']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const files = PUBLISHED.flatMap((name) => sources(join(PACKAGES, name, 'src')))
/** Source text without comments, so TSDoc that mentions these words does not count. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

describe('data never executes', () => {
  it('scans the sources of every published package', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('no eval, no Function constructor, no vm (but for the code cache, which compiles module files)', () => {
    const found = files.flatMap((path) =>
      [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /[^.\w]Function\s*\(/, /['"]node:vm['"]/]
        .filter((pattern) => pattern.test(code(path)))
        .map((pattern) => `${relative(PACKAGES, path)}: ${pattern}`),
    )
    // The start-up code cache on Node < 22.1 compiles with node:vm the source of each module file Node's own
    // loader hands it to compile (Module.prototype._compile), never text read from input.
    expect(found).toEqual([`cli${sep}src${sep}startup${sep}script-cache.ts: /['"]node:vm['"]/`])
  })

  it('every dynamic import names a fixed module, or is the worker bootstrap that loads chiso itself', () => {
    const dynamic = files.flatMap((path) =>
      [...code(path).matchAll(/\bimport\s*\(\s*([^)]*)\)/g)].map((match) => ({
        file: relative(PACKAGES, path),
        argument: match[1]!.trim(),
      })),
    )
    expect(dynamic.length).toBeGreaterThan(0)
    for (const { file, argument } of dynamic) {
      const fixed = /^(['"])[@\w./-]+\1$/.test(argument)
      // Worker bootstraps are code strings that import chiso's own entry point or worker module, whose path
      // is computed from the module's own location (import.meta.url), never from input.
      const bootstrap = /simulation-worker-pool\.ts|run-with-timeout\.ts/.test(file)
      // The plugin loader imports packages the user chose: a package named by `--plugin` (a package name, never
      // a path), or one the project's package.json declares as chiso-plugin-NAME for a methodology's `plugins:`
      // NAME — never a package or path read from a data or methodology file (see plugins.test.ts).
      const plugin = /io[\\/]load-plugins\.ts$/.test(file)
      expect(fixed || bootstrap || plugin, `${file}: import(${argument})`).toBe(true)
    }
  })
})

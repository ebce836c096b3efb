import { describe, expect, it } from 'vitest'
// @ts-expect-error: a JavaScript module of the build configuration, without declarations
import { replaceImportCalls } from '../cjs-without-import-calls.js'

// Checked to fail: requiring every specifier (a dependency's and a plugin's too) turns the first test red, and
// matching `import(` as text the second.
const replace = replaceImportCalls as (code: string) => string

describe('replaceImportCalls', () => {
  it("requires the package's own chunks and @chiso/ packages; imports everything else natively", () => {
    const code = [
      "const score = await import('./score-ABC.cjs')",
      'const core = await import("@chiso/core")',
      "const [plot, excel] = await Promise.all([import('@observablehq/plot'), import('exceljs')])",
      'const plugin = await import(pathToFileURL(entry).href)',
      'const { Worker } = await import(`node:worker_threads`)',
    ].join('\n')
    expect(replace(code).split('\n')).toEqual([
      "const score = await Promise.resolve().then(() => require('./score-ABC.cjs'))",
      'const core = await Promise.resolve().then(() => require("@chiso/core"))',
      "const [plot, excel] = await Promise.all([require('./import-natively.cjs')('@observablehq/plot'), require('./import-natively.cjs')('exceljs')])",
      "const plugin = await require('./import-natively.cjs')(pathToFileURL(entry).href)",
      "const { Worker } = await require('./import-natively.cjs')(`node:worker_threads`)",
    ])
  })

  it('leaves strings, templates, comments and import.meta alone', () => {
    const code = [
      "const body = 'import(workerData.entry).then(run)'",
      ['const template = `import(x) $', '{y}`'].join(''),
      '// import("./in-a-comment.cjs")',
      'const url = import.meta.url',
    ].join('\n')
    expect(replace(code)).toBe(code)
  })
})

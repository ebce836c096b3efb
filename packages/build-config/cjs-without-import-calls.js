// CommonJS output without import() calls, so that a code cache can compile it (see cjsWithoutImportCalls).
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The file written beside the CommonJS chunks: the one place their import() calls are left to Node. */
export const IMPORT_NATIVELY_FILE = 'import-natively.cjs'

const IMPORT_NATIVELY_SOURCE = `'use strict';
// Written by @chiso/build-config: import() for the CommonJS chunks of this folder, which have none of their own
// so that they can be compiled from a code cache (a script compiled by node:vm cannot call import() in Node 20).
// This file is loaded by Node itself, so its import() is Node's: an ES module plugin loads as it would anywhere.
module.exports = (specifier) => import(specifier);
`

/**
 * A tsup plugin: in the CommonJS output, every `import(…)` call is replaced. A module of the package or of a
 * chiso workspace package (a string specifier starting with `.` or `@chiso/`) becomes
 * `Promise.resolve().then(() => require(…))`: the same module as a static import of it in the CommonJS build,
 * still loaded when first needed. Every other specifier (a dependency's ES module, a plugin's file URL, a
 * computed one) goes to `import-natively.cjs`, written beside the chunks, whose `import()` Node runs as
 * before. Node 20 has no compile cache of its own, and a script the CLI compiles with `vm.Script` and V8's
 * cached data cannot call `import()` without an experimental flag (docs/performance.md, start-up).
 */
export function cjsWithoutImportCalls() {
  return {
    name: 'chiso-cjs-without-import-calls',
    renderChunk(code, info) {
      if (this.format !== 'cjs' || !/\.c?js$/.test(info.path) || !code.includes('import(')) return undefined
      return { code: replaceImportCalls(code) }
    },
    buildEnd() {
      if (this.format === 'cjs')
        writeFileSync(join(this.options.outDir, IMPORT_NATIVELY_FILE), IMPORT_NATIVELY_SOURCE)
    },
  }
}

/**
 * `code` with each `import(…)` call replaced as {@link cjsWithoutImportCalls} says, found with TypeScript's
 * parser (text in strings, templates and comments is left alone).
 *
 * @param {string} code JavaScript, as esbuild wrote it
 * @returns {string}
 */
export function replaceImportCalls(code) {
  const ts = createRequire(import.meta.url)('typescript')
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const calls = []
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) calls.push(node)
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = ''
  let copied = 0
  for (const call of calls.sort((a, b) => a.getStart(file) - b.getStart(file))) {
    const start = call.getStart(file)
    if (start < copied) continue // inside a call already replaced (an import() in an import()'s argument)
    const [specifier] = call.arguments
    const text = code.slice(specifier.getStart(file), call.arguments.end)
    const own = ts.isStringLiteralLike(specifier) && /^(\.|@chiso\/)/.test(specifier.text)
    const replacement = own
      ? `Promise.resolve().then(() => require(${text}))`
      : `require('./${IMPORT_NATIVELY_FILE}')(${text})`
    out += code.slice(copied, start) + replacement
    copied = call.end
  }
  return out + code.slice(copied)
}

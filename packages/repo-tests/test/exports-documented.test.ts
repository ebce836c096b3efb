// Every export of every published package must carry TSDoc with a summary, an @example and a @category: the
// examples are the documentation (typedoc renders them, grouped by category). This test reads the public
// entry points with the TypeScript compiler and lists every export that falls short.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const entries = {
  '@chiso/core': 'packages/core/src/index.ts',
  '@chiso/core/internal': 'packages/core/src/internal.ts',
  '@chiso/core/errors': 'packages/core/src/errors.ts',
  '@chiso/sdk': 'packages/sdk/src/index.ts',
  '@chiso/sdk/testing': 'packages/sdk/src/testing/index.ts',
  '@chiso/adapters': 'packages/adapters/src/index.ts',
  '@chiso/adapters/csv': 'packages/adapters/src/csv/index.ts',
  '@chiso/adapters/xlsx': 'packages/adapters/src/xlsx/index.ts',
  '@chiso/adapters/json': 'packages/adapters/src/json/index.ts',
  '@chiso/adapters/coinr': 'packages/adapters/src/coinr/index.ts',
  '@chiso/adapters/survey': 'packages/adapters/src/survey/index.ts',
  '@chiso/scenarios': 'packages/scenarios/src/index.ts',
  '@chiso/scenarios/node': 'packages/scenarios/src/node/index.ts',
  '@chiso/cli': 'packages/cli/src/index.ts',
}

const config = ts.getParsedCommandLineOfConfigFile(
  `${root}tsconfig.base.json`,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  },
)!
const options = { ...config.options, noEmit: true, types: ['node'] }
// The TSDoc read here is the packages' own: the declarations of libraries and of Node (node_modules, two thirds
// of the text the program would parse, and half its CPU time) are read as empty files. An export that borrowed its
// documentation from a library (a re-export, an inherited comment) would then be reported as undocumented, and
// `export * from` a library, which would list nothing, is refused by the last test: the check can only get
// stricter, never pass an export the full program reports.
const host = ts.createCompilerHost(options)
const readSourceFile = host.getSourceFile
host.getSourceFile = (file, language, ...rest) =>
  file.includes('/node_modules/')
    ? ts.createSourceFile(file, '', language)
    : readSourceFile(file, language, ...rest)
const program = ts.createProgram(
  Object.values(entries).map((entry) => `${root}${entry}`),
  options,
  host,
)
const checker = program.getTypeChecker()
// The API reference groups each package's exports by @category, in the order typedoc.json lists them: every
// export needs one of those categories (a new category is added to categoryOrder first).
const categories = (
  JSON.parse(readFileSync(`${root}.config/typedoc.json`, 'utf8')) as { categoryOrder: string[] }
).categoryOrder.filter((category) => category !== '*')

function undocumented(entry: string): string[] {
  const source = program.getSourceFile(`${root}${entry}`)
  if (!source) return [`${entry}: entry point not found`]
  const moduleSymbol = checker.getSymbolAtLocation(source)
  if (!moduleSymbol) return []
  const problems: string[] = []
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim()
    const tags = symbol.getJsDocTags(checker).map((tag) => tag.name)
    if (summary === '') problems.push(`${exported.name}: no TSDoc summary`)
    else if (!tags.includes('example')) problems.push(`${exported.name}: no @example`)
    else {
      const category = symbol
        .getJsDocTags(checker)
        .filter((tag) => tag.name === 'category')
        .map((tag) => ts.displayPartsToString(tag.text).trim())
      if (category.length === 0) problems.push(`${exported.name}: no @category`)
      for (const name of category)
        if (!categories.includes(name))
          problems.push(`${exported.name}: @category ${name} is not in .config/typedoc.json categoryOrder`)
    }
  }
  return problems
}

/** The `export … from` declarations of the packages' sources whose module is not one of those sources. */
function reExportsFromLibraries(): string[] {
  const problems: string[] = []
  for (const source of program.getSourceFiles()) {
    if (source.fileName.includes('/node_modules/')) continue
    for (const statement of source.statements)
      if (
        ts.isExportDeclaration(statement) &&
        statement.moduleSpecifier !== undefined &&
        checker.getSymbolAtLocation(statement.moduleSpecifier) === undefined
      )
        problems.push(`${source.fileName.slice(root.length)}: ${statement.getText(source)}`)
  }
  return problems
}

describe('every public export is documented with an example', () => {
  it.each(Object.entries(entries))('%s', (_name, entry) => {
    expect(undocumented(entry)).toEqual([])
  })

  it('re-exports only from the packages’ own sources (a library’s declarations are not read)', () => {
    expect(reExportsFromLibraries()).toEqual([])
  })
})

// Type declarations of the published packages: written by the TypeScript compiler once per file, then rolled up
// into the dist/ files the package exports (`index.d.ts` and `index.d.cts` per entry, shared chunks beside them).
//
// tsup's own declaration step builds a TypeScript program per package, and each one parses and checks again the
// sources of every workspace package it imports: about two thirds of the build's time. Here one program can
// serve every package (the root build uses the type-check programs themselves), and the roll-up reads only the
// written `.d.ts` files, which needs no program at all.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/**
 * Where the root build leaves the per-file declarations for the packages' own builds to roll up: set, a package
 * build only rolls them up; unset, it writes them itself first.
 */
export const DECLARATIONS_ENV = 'CHISO_DECLARATIONS_DIR'

/** Compiler options that turn a type-checking program into one that can write declarations. */
export function withDeclarationEmit(options) {
  return {
    ...options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    // Declarations are written by writeDeclarations only, file by file, into their own folder.
    outDir: undefined,
    declarationDir: undefined,
  }
}

/** Is `fileName` a source file of one of `packageDirs` whose declarations are published (not a test)? */
function publishedSourceOf(fileName, packageDirs) {
  if (fileName.endsWith('.d.ts') || /\.(test|bench)\.ts$/.test(fileName)) return undefined
  const path = resolve(fileName)
  return packageDirs.find((dir) => path.startsWith(`${join(dir, 'src')}${sep}`))
}

/**
 * Writes the declarations of every source file of `program` that belongs to the `src/` folder of one of
 * `packageDirs`, as `<outRoot>/<package folder name>/src/…/*.d.ts`. Returns the errors met while writing them
 * (a type that cannot be named in a declaration, for example); the program's other diagnostics are the caller's.
 *
 * @param {import('typescript').Program} program created with {@link withDeclarationEmit} options
 * @param {string[]} packageDirs absolute package folders
 * @param {string} outRoot absolute folder the declarations go to
 * @returns {import('typescript').Diagnostic[]}
 */
export function writeDeclarations(program, packageDirs, outRoot) {
  const diagnostics = []
  const dirs = packageDirs.map((dir) => resolve(dir))
  for (const sourceFile of program.getSourceFiles()) {
    const dir = publishedSourceOf(sourceFile.fileName, dirs)
    if (dir === undefined) continue
    const result = program.emit(
      sourceFile,
      (fileName, text) => {
        const target = join(outRoot, relative(dirname(dir), resolve(fileName)))
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(target, text)
      },
      undefined,
      true,
    )
    diagnostics.push(...result.diagnostics)
  }
  return diagnostics
}

/** Errors of a program that make its declarations (or the check itself) wrong, declaration emit aside. */
export function programErrors(program, sourceFiles = undefined) {
  const files = sourceFiles ?? program.getSourceFiles()
  return [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ]),
  ].filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
}

/** The compiler's usual one-line-per-error text, paths relative to `cwd`. */
export function formatErrors(diagnostics, cwd) {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => cwd,
    getNewLine: () => '\n',
  })
}

/**
 * A package building on its own: one program over its entry points (with its tsconfig.json's options), checked
 * and its declarations written to `outRoot`. Throws with the compiler's errors.
 */
export function writeOwnDeclarations(packageDir, entryFiles, outRoot) {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(packageDir, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(formatErrors([diagnostic], packageDir))
    },
  })
  const program = ts.createProgram({
    rootNames: entryFiles.map((file) => resolve(packageDir, file)),
    options: withDeclarationEmit(parsed.options),
  })
  const dirs = [resolve(packageDir)]
  const own = program.getSourceFiles().filter((file) => publishedSourceOf(file.fileName, dirs) !== undefined)
  const errors = [...programErrors(program, own), ...writeDeclarations(program, dirs, outRoot)]
  if (errors.length > 0)
    throw new Error(`declarations of ${packageDir}:\n${formatErrors(errors, packageDir)}`)
}

/** The written declaration file of a source entry (`src/csv/index.ts` → `<outRoot>/adapters/src/csv/index.d.ts`). */
export function declarationOf(packageDir, entryFile, outRoot) {
  const source = resolve(packageDir, entryFile)
  return join(outRoot, relative(dirname(resolve(packageDir)), source)).replace(/\.ts$/, '.d.ts')
}

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/**
 * Refuses published declarations that import a package the package does not depend on. The compiler names an
 * inferred type through any module of its program that exports it, so a program holding several workspace
 * packages may write `import('@chiso/sdk').Plugin` into core's declarations; a type annotation on the export
 * fixes it. Throws with every such import.
 */
export function checkDeclarationImports(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const allowed = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ])
  const dist = join(packageDir, 'dist')
  const wrong = []
  for (const file of readdirSync(dist).filter((name) => /\.d\.c?ts$/.test(name))) {
    const { importedFiles, referencedFiles, typeReferenceDirectives } = ts.preProcessFile(
      readFileSync(join(dist, file), 'utf8'),
      true,
      true,
    )
    for (const { fileName: specifier } of [...importedFiles, ...typeReferenceDirectives]) {
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue
      const name = packageOf(specifier)
      if (allowed.has(name) || builtinModules.includes(name) || name === 'node') continue
      wrong.push(`${file}: imports '${specifier}', not a dependency of ${manifest.name}`)
    }
    for (const { fileName } of referencedFiles) wrong.push(`${file}: references the file ${fileName}`)
  }
  if (wrong.length > 0)
    throw new Error(
      `declarations of ${manifest.name} name other packages (give the exported value a type annotation):\n${wrong.join('\n')}`,
    )
}

// Type-checks one TypeScript program (a tsconfig.json) like `tsc --noEmit -p`, exiting non-zero on any error.
//   node .ci/check-program.mjs <tsconfig> [--others <folder>...] [--declarations <out folder> <package folder>...]
// --others: folders checked by other programs; errors in their source files are left to those programs (the
// files are still in this one: they give the types this program's files use). With --declarations, the same program
// also writes the declarations of the listed published packages' src/ files (declarations.js of
// @chiso/build-config): the check and the declarations are one compiler pass.
import { resolve, sep } from 'node:path'
import ts from 'typescript'
import {
  formatErrors,
  programErrors,
  withDeclarationEmit,
  writeDeclarations,
} from '../packages/build-config/declarations.js'

const [configPath, ...rest] = process.argv.slice(2)
const declarationsAt = rest.indexOf('--declarations')
const [outRoot, ...packages] = declarationsAt < 0 ? [] : rest.slice(declarationsAt + 1)
const othersAt = rest.indexOf('--others')
const others =
  othersAt < 0 ? [] : rest.slice(othersAt + 1, declarationsAt > othersAt ? declarationsAt : undefined)
const cwd = process.cwd()
const parsed = ts.getParsedCommandLineOfConfigFile(resolve(configPath), undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    process.stdout.write(formatErrors([diagnostic], cwd))
    process.exit(1)
  },
})
const declarations = declarationsAt >= 0
const program = ts.createProgram({
  rootNames: parsed.fileNames,
  options: declarations ? withDeclarationEmit(parsed.options) : parsed.options,
  projectReferences: parsed.projectReferences,
  configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
})
// Declaration files stay checked wherever they are: the examples' programs check the built dist/*.d.ts.
const otherPrefixes = others.map((folder) => `${resolve(folder)}${sep}`)
const ownFile = (file) =>
  file.isDeclarationFile || !otherPrefixes.some((prefix) => resolve(file.fileName).startsWith(prefix))
const own = program.getSourceFiles().filter(ownFile)
const errors = programErrors(program, own)
// Declarations are written even when the check failed, as tsc does; the run fails either way.
if (declarations)
  errors.push(
    ...writeDeclarations(
      program,
      packages.map((dir) => resolve(dir)),
      resolve(outRoot),
    ),
  )
if (errors.length > 0) {
  process.stdout.write(formatErrors(errors, cwd))
  process.exit(1)
}

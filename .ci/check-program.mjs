// Type-checks one TypeScript program (a tsconfig.json) like `tsc --noEmit -p`, exiting non-zero on any error.
//   node .ci/check-program.mjs <tsconfig> [--declarations <out folder> <package folder>...]
// With --declarations, the same program also writes the declarations of the listed published packages' src/
// files (declarations.js of @chiso/build-config): the check and the declarations are one compiler pass.
import { resolve } from 'node:path'
import ts from 'typescript'
import {
  formatErrors,
  programErrors,
  withDeclarationEmit,
  writeDeclarations,
} from '../packages/build-config/declarations.js'

const [configPath, flag, outRoot, ...packages] = process.argv.slice(2)
const cwd = process.cwd()
const parsed = ts.getParsedCommandLineOfConfigFile(resolve(configPath), undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    process.stdout.write(formatErrors([diagnostic], cwd))
    process.exit(1)
  },
})
const declarations = flag === '--declarations'
const program = ts.createProgram({
  rootNames: parsed.fileNames,
  options: declarations ? withDeclarationEmit(parsed.options) : parsed.options,
  projectReferences: parsed.projectReferences,
  configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
})
const errors = programErrors(program)
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

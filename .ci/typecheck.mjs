// Type-checks every package and example (`pnpm run typecheck`), in as few TypeScript programs as their compiler
// options allow (.ci/typescript-programs.mjs), one program per core. The examples are checked against the built
// declarations: run `pnpm run build` first. `pnpm test` does not run this script: its build runs the same
// programs (.ci/build.mjs --typecheck).
import { checkProgram, runPool, typescriptPrograms } from './typescript-programs.mjs'

const passed = await runPool(typescriptPrograms().map((program) => () => checkProgram(program)))
process.exit(passed ? 0 : 1)

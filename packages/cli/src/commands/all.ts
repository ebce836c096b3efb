import { registerAppraisalCommand } from './appraisal.js'
import { registerCatalogueCommand } from './catalogue.js'
import type { RegisterCommand } from './context.js'
import { registerDiffCommand } from './diff.js'
import { registerExplainCommand } from './explain.js'
import { registerFingerprintCommand } from './fingerprint.js'
import { registerImportCommand } from './import.js'
import { registerPlanCommand } from './plan.js'
import { registerProgressCommand } from './progress.js'
import { registerRebaseCommand } from './rebase.js'
import { registerRenderCommand } from './render.js'
import { registerReportCommand } from './report.js'
import { registerSchemaCommand } from './schema.js'
import { registerScoreCommand } from './score.js'
import { registerSimulateCommand } from './simulate.js'
import { registerTemplateCommand } from './template.js'
import { registerValidateCommand } from './validate.js'
import { registerWhatIfCommand } from './what-if.js'

/**
 * Every command of `chiso`, in the order `chiso --help` lists them. Each lives in its own file.
 *
 * @example
 * ```ts
 * for (const register of COMMANDS) register(program, context, state)
 * ```
 */
export const COMMANDS: ReadonlyArray<RegisterCommand> = [
  registerValidateCommand,
  registerScoreCommand,
  registerExplainCommand,
  registerImportCommand,
  registerFingerprintCommand,
  registerDiffCommand,
  registerSchemaCommand,
  registerRenderCommand,
  registerRebaseCommand,
  registerPlanCommand,
  registerProgressCommand,
  registerSimulateCommand,
  registerReportCommand,
  registerTemplateCommand,
  registerAppraisalCommand,
  registerCatalogueCommand,
  registerWhatIfCommand,
]

import type { RegisterCommand } from './context.js'

/**
 * One command of `chiso`: its name, and how to load the file that registers it. Each command's file (and the
 * libraries it needs: the engine, spreadsheet readers, plotting) is imported only when the command runs, so
 * `chiso --version` or `chiso score` never pays for the others.
 *
 * @example
 * ```ts
 * const entry: CommandEntry = {
 *   name: 'score',
 *   load: async () => (await import('./score.js')).registerScoreCommand,
 * }
 * ```
 */
export interface CommandEntry {
  /** The command's name, as typed after `chiso` (a test checks it is the name the file registers). */
  readonly name: string
  /** Imports the command's file and returns its registration. */
  readonly load: () => Promise<RegisterCommand>
}

/**
 * Every command of `chiso`, in the order `chiso --help` lists them. Each lives in its own file.
 *
 * @example
 * ```ts
 * for (const command of COMMANDS) (await command.load())(program, context, state)
 * ```
 */
export const COMMANDS: ReadonlyArray<CommandEntry> = [
  { name: 'validate', load: async () => (await import('./validate.js')).registerValidateCommand },
  { name: 'score', load: async () => (await import('./score.js')).registerScoreCommand },
  { name: 'explain', load: async () => (await import('./explain.js')).registerExplainCommand },
  { name: 'import', load: async () => (await import('./import.js')).registerImportCommand },
  { name: 'fingerprint', load: async () => (await import('./fingerprint.js')).registerFingerprintCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).registerDiffCommand },
  { name: 'schema', load: async () => (await import('./schema.js')).registerSchemaCommand },
  { name: 'render', load: async () => (await import('./render.js')).registerRenderCommand },
  { name: 'rebase', load: async () => (await import('./rebase.js')).registerRebaseCommand },
  { name: 'plan', load: async () => (await import('./plan.js')).registerPlanCommand },
  { name: 'progress', load: async () => (await import('./progress.js')).registerProgressCommand },
  { name: 'simulate', load: async () => (await import('./simulate.js')).registerSimulateCommand },
  { name: 'report', load: async () => (await import('./report.js')).registerReportCommand },
  { name: 'template', load: async () => (await import('./template.js')).registerTemplateCommand },
  { name: 'appraisal', load: async () => (await import('./appraisal.js')).registerAppraisalCommand },
  { name: 'studio', load: async () => (await import('./studio.js')).registerStudioCommand },
  { name: 'catalogue', load: async () => (await import('./catalogue.js')).registerCatalogueCommand },
  { name: 'what-if', load: async () => (await import('./what-if.js')).registerWhatIfCommand },
]

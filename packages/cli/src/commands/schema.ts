import { crosswalkJsonSchema, jsonSchema, unitRegistryJsonSchema } from '@chiso/core'
import { Argument } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { noteWrote } from './notes.js'

/**
 * The file formats `chiso schema` describes.
 *
 * @example
 * ```ts
 * SCHEMA_KINDS.includes('methodology') // true
 * ```
 */
export const SCHEMA_KINDS = ['methodology', 'dataset', 'crosswalk', 'unit-registry'] as const

/**
 * `chiso schema methodology|dataset|crosswalk|unit-registry [--out FILE]`: prints the JSON Schema (draft
 * 2020-12) of a file format, for editor completion and validation (point a file's `$schema` at it).
 *
 * @example
 * ```ts
 * await schemaCommand('methodology', { out: 'methodology.schema.json' }, context)
 * // stderr: wrote methodology.schema.json
 * // → 0
 * ```
 */
export async function schemaCommand(
  kind: (typeof SCHEMA_KINDS)[number],
  options: { out?: string },
  context: CommandContext,
): Promise<ExitCode> {
  const schema =
    kind === 'crosswalk'
      ? crosswalkJsonSchema()
      : kind === 'unit-registry'
        ? unitRegistryJsonSchema()
        : jsonSchema(kind)
  const text = `${JSON.stringify(schema, null, 2)}\n`
  if (options.out !== undefined) {
    writeOutputFile(options.out, text, context.io.cwd)
    noteWrote(context, options.out)
  } else context.io.stdout.write(text)
  return EXIT.OK
}

/**
 * Adds `chiso schema methodology|dataset|crosswalk|unit-registry [--out FILE]` to the program.
 *
 * @example
 * ```ts
 * registerSchemaCommand(program, context, state)
 * ```
 */
export const registerSchemaCommand: RegisterCommand = (program, context, state) => {
  program
    .command('schema')
    .description('print the JSON Schema of a file format: methodology, dataset, crosswalk, unit registry')
    .addArgument(new Argument('<kind>', 'which format').choices([...SCHEMA_KINDS]))
    .option('-o, --out <file>', 'write the schema to this file instead of stdout')
    .addHelpText(
      'after',
      [
        '',
        'Save the schema next to your files and point at it from the first line of a YAML methodology',
        '(YAML language server) or from its "$schema" key; editors then complete and check what you type:',
        '  # yaml-language-server: $schema=./methodology.schema.json',
        '',
        'Examples:',
        '  $ chiso schema methodology --out methodology.schema.json',
        '  $ chiso schema dataset > dataset.schema.json',
        '  $ chiso schema crosswalk --out crosswalk.schema.json',
      ].join('\n'),
    )
    .action(async (kind: (typeof SCHEMA_KINDS)[number], options: { out?: string }) => {
      state.exitCode = await schemaCommand(kind, options, context)
    })
}

import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { ChisoError } from '@chiso/core'
import { InvalidArgumentError } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { inLanguage } from '../io/error-words.js'
import { type StaticServer, serveFolder } from '../io/serve-folder.js'
import { STUDIO_MESSAGES } from '../messages/studio.js'
import type { CommandContext, RegisterCommand } from './context.js'

/**
 * Options of `chiso studio`.
 *
 * @example
 * ```ts
 * const options: StudioOptions = { port: 4173, lang: 'en' }
 * ```
 */
export interface StudioOptions {
  /** The port on 127.0.0.1 (default 4173; 0: any free port). */
  port?: number
  /** The built studio folder (default: the installed @chiso/studio package's dist/). */
  dir?: string
  /** Language of what the command prints (default vi). */
  lang?: 'vi' | 'en'
}

/** The port `chiso studio` listens on unless told otherwise. */
export const STUDIO_PORT = 4173

/**
 * The built studio folder: `dir` resolved against `cwd`, else the dist/ folder of the @chiso/studio package
 * next to this one. Throws a `ChisoError` (exit 1) with a hint when there is no index.html there.
 *
 * @example
 * ```ts
 * studioFolder(undefined, process.cwd(), 'en') // '…/node_modules/@chiso/studio/dist'
 * ```
 */
export function studioFolder(dir: string | undefined, cwd: string, language: 'vi' | 'en' = 'vi'): string {
  const m = STUDIO_MESSAGES[language]
  let folder: string
  if (dir !== undefined) folder = resolve(cwd, dir)
  else {
    try {
      folder = join(dirname(createRequire(import.meta.url).resolve('@chiso/studio/package.json')), 'dist')
    } catch {
      throw inLanguage(
        new ChisoError('NOT_FOUND', m.notInstalled, {
          issues: [{ message: m.notInstalled, hint: m.notBuiltHint }],
        }),
        language,
        { message: m.notInstalled, hint: m.notBuiltHint },
      )
    }
  }
  if (!existsSync(join(folder, 'index.html'))) {
    throw inLanguage(
      new ChisoError('NOT_FOUND', m.notBuilt(folder), {
        issues: [{ file: folder, message: m.notBuilt(folder), hint: m.notBuiltHint }],
      }),
      language,
      { message: m.notBuilt(folder), hint: m.notBuiltHint },
    )
  }
  return folder
}

/**
 * `chiso studio [--port N] [--dir FOLDER] [--lang vi|en]`: serves the built studio on 127.0.0.1 and prints its
 * address. The server only hands out the folder's files; the studio computes everything in the browser.
 * Resolves with the running server (the command keeps serving until the process is stopped).
 *
 * @example
 * ```ts
 * const { server } = await studioCommand({ port: 0 }, context)
 * // stdout: chiso studio: http://127.0.0.1:41234/ — …
 * await server?.close()
 * ```
 */
export async function studioCommand(
  options: StudioOptions,
  context: CommandContext,
): Promise<{ code: ExitCode; server?: StaticServer }> {
  const language = options.lang ?? context.language ?? 'vi'
  const m = STUDIO_MESSAGES[language]
  const folder = studioFolder(options.dir, context.io.cwd, language)
  const port = options.port ?? STUDIO_PORT
  try {
    const server = await serveFolder(folder, port)
    context.io.stdout.write(`${m.serving(server.url)}\n`)
    return { code: EXIT.OK, server }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      context.io.stderr.write(`${context.err('red', 'error')}: ${m.portInUse(port)}\n`)
      return { code: EXIT.INVALID_INPUT }
    }
    throw error
  }
}

const portNumber = (value: string): number => {
  const port = Number(value)
  if (!Number.isSafeInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError(STUDIO_MESSAGES.vi.badPort)
  return port
}

/**
 * Adds `chiso studio` to the program.
 *
 * @example
 * ```ts
 * registerStudioCommand(program, context, state)
 * ```
 */
export const registerStudioCommand: RegisterCommand = (program, context, state) => {
  program
    .command('studio')
    .description('serve chiso studio (the web app) on 127.0.0.1; the data stays in the browser')
    .option(
      '-p, --port <port>',
      `the port to listen on (0: any free port; default ${STUDIO_PORT})`,
      portNumber,
    )
    .option('--dir <folder>', 'the built studio folder (default: the installed @chiso/studio)')
    .addHelpText(
      'after',
      [
        '',
        'Opens nothing itself: open the printed address in a browser. The folder can also be opened straight',
        'from the disk (index.html); the server is there for browsers that restrict file:// pages.',
        '',
        'Examples:',
        '  $ chiso studio',
        '  $ chiso studio --port 8080 --lang en',
      ].join('\n'),
    )
    .action(async (options: StudioOptions) => {
      const { code, server } = await studioCommand(options, context)
      state.exitCode = code
      // Serve until the process is stopped (Ctrl+C ends it with the usual signal).
      if (server !== undefined) await server.closed
    })
}

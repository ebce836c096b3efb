// Test helpers for @chiso/cli: run the CLI in-process and capture what it writes.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type CliIO, run } from '../src/index.js'

/** The directory of the test fixtures (illustrative methodologies and data, not official results). */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))

/** What one CLI run produced. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `chiso ...args` in-process with `cwd` (default: the fixtures directory), capturing its output. */
export async function runCli(
  args: string[],
  options: { cwd?: string; color?: boolean } = {},
): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? FIXTURES,
    ...(options.color === undefined ? {} : { color: options.color }),
  }
  const code = await run(args, io)
  return { code, stdout, stderr }
}

/** What a spawned process did: its exit code (`null` if a signal ended it) and its streams. */
export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `node FILE ...args` (a built executable) in `cwd` with `env`; resolves when it has closed. */
export function spawnNode(
  file: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { cwd: options.cwd, env: options.env })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

// Runs a guide's plain `chiso …` commands without starting bash and Node for each: the guides hold over a
// hundred of them, and the start-up was most of the suite's time. They go to chiso-server.mjs, a Node process
// started once that runs each with the built CLI's `run` (see there); commands with shell syntax still run in
// bash with the `chiso` executable (run-guide.ts).
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The exit code and the combined output of one command. */
export interface CommandRun {
  code: number
  output: string
}

const SERVERS = 2
const servers: Array<{ child: ChildProcess; pending: Map<number, (run: CommandRun) => void> }> = []
let next = 0

function server(env: NodeJS.ProcessEnv) {
  if (servers.length < SERVERS) {
    // Plain Node (no flags of the test runner; warnings go into the command's output, see chiso-server.mjs),
    // the guide's environment (TZ, NO_COLOR…).
    const child = fork(fileURLToPath(new URL('./chiso-server.mjs', import.meta.url)), [], {
      env,
      execArgv: ['--no-warnings'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const pending = new Map<number, (run: CommandRun) => void>()
    child.on('message', (message) => {
      const { id, code, output } = message as CommandRun & { id: number }
      pending.get(id)?.({ code, output })
      pending.delete(id)
      if (pending.size === 0) child.channel?.unref()
    })
    child.on('exit', (code, signal) => {
      for (const resolve of pending.values())
        resolve({ code: 3, output: `the chiso server stopped (${signal ?? code})` })
      pending.clear()
    })
    // The server keeps the tests' process alive only while a command is running in it.
    child.unref()
    servers.push({ child, pending })
  }
  // The least busy one.
  return servers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best))
}

/**
 * Runs `chiso` with `argv` in `cwd` in a chiso server (started on first use with `env`).
 *
 * @example
 * ```ts
 * const { code, output } = await runChisoInServer(['--version'], folder, env)
 * ```
 */
export function runChisoInServer(
  argv: ReadonlyArray<string>,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<CommandRun> {
  const target = server(env)
  const id = next++
  return new Promise((resolve) => {
    target.pending.set(id, resolve)
    target.child.channel?.ref()
    target.child.send({ id, argv, cwd })
  })
}

/**
 * Stops the chiso servers (after the guides have run).
 *
 * @example
 * ```ts
 * afterAll(stopChisoServers)
 * ```
 */
export function stopChisoServers(): void {
  for (const { child } of servers.splice(0)) child.kill()
}

// A long-lived `chiso` for the guide tests: started once with plain Node (not under the test runner), it
// imports the built CLI and runs each command it is sent with the CLI's own `run` (the argument parsing and
// actions of packages/cli/dist/bin.js), one at a time, replying with the exit code and what stdout and stderr
// showed, in the order written (as `2>&1` in a terminal), without colour (as NO_COLOR=1). Process warnings
// (a YAML library's, Node's) are added to the output as Node prints them for a `chiso` process of its own.
import { run } from '../../../cli/dist/index.js'

let output = ''
let warned = false
const terminal = {
  write(text) {
    output += text
    return true
  },
}
// Started with --no-warnings: the event still comes, and Node's own printing is replaced by this one.
process.on('warning', (warning) => {
  const code = warning.code ? `[${warning.code}] ` : ''
  output += `(node:${process.pid}) ${code}${warning.name}: ${warning.message}\n`
  if (!warned) output += '(Use `node --trace-warnings ...` to show where the warning was created)\n'
  warned = true
})

let queue = Promise.resolve()
process.on('message', ({ id, argv, cwd }) => {
  queue = queue.then(async () => {
    output = ''
    warned = false
    const code = await run(argv, { stdout: terminal, stderr: terminal, cwd, color: false })
    // Warnings are emitted on a later tick than the write that caused them.
    await new Promise((resolve) => setImmediate(resolve))
    process.send({ id, code, output })
  })
})

// Ends with the tests' process.
process.on('disconnect', () => process.exit(0))

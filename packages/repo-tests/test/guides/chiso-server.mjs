// A long-lived `chiso` for the guide tests: started once with plain Node (not under the test runner), it
// imports the built CLI and runs each command it is sent with the CLI's own `run` (the argument parsing and
// actions of packages/cli/dist/bin.js), replying with the exit code and what stdout and stderr showed, in the
// order written (as `2>&1` in a terminal), without colour (as NO_COLOR=1).
import { run } from '../../../cli/dist/index.js'

process.on('message', async ({ id, argv, cwd }) => {
  let output = ''
  const terminal = {
    write(text) {
      output += text
      return true
    },
  }
  const code = await run(argv, { stdout: terminal, stderr: terminal, cwd, color: false })
  process.send({ id, code, output })
})

// Ends with the tests' process.
process.on('disconnect', () => process.exit(0))

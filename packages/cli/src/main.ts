// The `chiso` process (started by bin.ts): runs the CLI on the process's arguments and streams.
import { standardError, standardOutput } from './io/standard-streams.js'
import { run } from './run.js'

// `chiso score … | head` closes stdout early: that is not an error.
const stdout = standardOutput(() => process.exit(0))

run(process.argv.slice(2), { stdout, stderr: standardError(), cwd: process.cwd() }).then((code) => {
  // Not process.exit(): let piped output drain first.
  process.exitCode = code
})

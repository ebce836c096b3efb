#!/usr/bin/env node
// The `chiso` executable: runs the CLI on the process's arguments and streams.
import { run } from './run.js'

// `chiso score … | head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    // Not process.exit(): let piped output drain first.
    process.exitCode = code
  },
)

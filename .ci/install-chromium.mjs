// Makes sure the browser tests have a Chromium: Debian's `chromium` package (never a test tool's own
// download). Does nothing when it is already installed; installs it with apt-get otherwise (as root, or
// through sudo when available). CHISO_CHROMIUM may point at another Chromium binary.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const executable = process.env.CHISO_CHROMIUM ?? '/usr/bin/chromium'
if (existsSync(executable)) {
  console.log(`chromium: ${executable}`)
  process.exit(0)
}
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
const run = (args) =>
  execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, { stdio: 'inherit' })
try {
  run(['apt-get', 'update', '-qq'])
  run(['apt-get', 'install', '-y', '-qq', 'chromium'])
} catch (error) {
  console.error(
    `Could not install Chromium (${error instanceof Error ? error.message : String(error)}).\n` +
      'Install it yourself (`apt-get install -y chromium` on Debian/Ubuntu) or set CHISO_CHROMIUM to a Chromium binary.',
  )
  process.exit(1)
}
if (!existsSync(executable)) {
  console.error(
    `apt-get finished but ${executable} does not exist; set CHISO_CHROMIUM to the Chromium binary.`,
  )
  process.exit(1)
}
console.log(`chromium: installed ${executable}`)

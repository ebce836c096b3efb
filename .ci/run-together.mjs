// `node .ci/run-together.mjs lint docs check:packages`: runs those root scripts (`pnpm run <name>`) at the same
// time and prints each one's output, whole, when it ends, with its wall time; exits non-zero when any failed.
//
// Why: after the build, `pnpm test` ran lint, the API reference and the package checks one after the other, and
// the API reference (TypeDoc) and most of the package checks use one core: the other of CI's two sat idle. The
// three read the sources and the built packages and write nothing another reads (the API reference writes
// docs/api/, which neither lint nor the package checks look at: biome.json ignores it, and it is not in any
// package's `files`).
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: node .ci/run-together.mjs <script> [<script>...]')
  process.exit(2)
}

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = performance.now()
      const child = spawn('pnpm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] })
      const chunks = []
      child.stdout.on('data', (chunk) => chunks.push(chunk))
      child.stderr.on('data', (chunk) => chunks.push(chunk))
      child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)))
      child.on('close', (code, signal) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        process.stdout.write(Buffer.concat(chunks))
        const how = code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`
        console.log(`── ${name}: ${how} in ${seconds} s\n`)
        resolve(code === 0)
      })
    }),
)
const results = await Promise.all(runs)
process.exit(results.every(Boolean) ? 0 : 1)

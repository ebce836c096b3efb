// Starts the scoring service: `pnpm --filter @chiso-examples/embed-node start [METHODOLOGY] [--port N]`.
// METHODOLOGY is a catalogue reference or a YAML/JSON file; the default is the illustrative district example.
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createScoringServer } from './create-server.js'
import { loadMethodology } from './load-methodology.js'

const DEFAULT = fileURLToPath(new URL('../../district-cchc/district.methodology.yaml', import.meta.url))

const { values, positionals } = parseArgs({
  // `pnpm start -- --port 9000` passes the `--` on: drop it.
  args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
  allowPositionals: true,
  options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } },
})
let compiled: ReturnType<typeof loadMethodology>
try {
  compiled = loadMethodology(positionals[0] ?? DEFAULT)
} catch (error) {
  // A missing file or an invalid methodology: say which, and do not start.
  console.error(`cannot load the methodology: ${(error as Error).message}`)
  process.exit(1)
}
const server = createScoringServer(compiled)
server.listen(Number(values.port), values.host, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : values.port
  const { id, version } = compiled.methodology
  console.log(`scoring ${id}@${version} (${compiled.fingerprint}) on http://${values.host}:${port}`)
  console.log(`try: curl --data-binary @examples/district-cchc/districts-2023.synthetic.csv \\`)
  console.log(`       -H 'content-type: text/csv' http://${values.host}:${port}/score`)
})
// Ctrl-C and container stops: finish the requests in flight, then exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close())

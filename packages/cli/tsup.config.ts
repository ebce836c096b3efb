import { readFileSync } from 'node:fs'
import { defineChisoConfig } from '@chiso/build-config'

// The command files, each an entry point loaded with import(): read from the command table, so a new command
// is included without a change here.
const COMMAND_FILES = [
  ...readFileSync('src/commands/all.ts', 'utf8').matchAll(/import\('\.\/([\w-]+)\.js'\)/g),
].map((match) => `src/commands/${match[1]}.ts`)

export default defineChisoConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  platform: 'node',
  banner: { js: '' },
  // Each command is a chunk of its own, loaded when it runs: `chiso --version` loads no command at all.
  splitting: true,
  // yaml (73 modules) and commander (9) are parsed from one chunk each instead of resolved file by file: about
  // a third of the modules `chiso score` loaded (docs/performance.md, start-up).
  bundle: ['yaml', 'commander', '@chiso/adapters', 'csv-parse'],
  conditions: ['chiso-source'],
  // Commander requires node:child_process at its top for executable subcommands, which chiso has none of:
  // loaded when first used, a cold start does not load it (docs/performance.md, start-up).
  lazyRequires: ['node:child_process'],
  // The scoring path in a few chunks rather than some 30 (src/commands/scoring-path.ts).
  shareChunk: { module: 'src/commands/scoring-path.ts', into: COMMAND_FILES },
})

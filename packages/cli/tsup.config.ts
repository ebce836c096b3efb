import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { defineChisoConfig } from '@chiso/build-config'

// The command files, each an entry point loaded with import(): read from the command table, so a new command
// is included without a change here.
const COMMAND_FILES = [
  ...readFileSync('src/commands/all.ts', 'utf8').matchAll(/import\('\.\/([\w-]+)\.js'\)/g),
].map((match) => `src/commands/${match[1]}.ts`)

// The other files loaded with import() (the error formatter, the plugin loader, the adapters' entry points…):
// esbuild makes each an entry point too, and a module the scoring path shares with one of them went to a chunk
// of its own. Read from the sources, so a new import() is included without a change here.
const SOURCES = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
  .map((file) => join('src', file))
const ADAPTERS_EXPORTS = JSON.parse(readFileSync('../adapters/package.json', 'utf8')).exports as Record<
  string,
  { 'chiso-source'?: string }
>
const DYNAMIC_IMPORTS = [
  ...new Set(
    SOURCES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bimport\('([^']+)'\)/g)].flatMap(([, target]) => {
        if (target === undefined) return []
        if (target.startsWith('.'))
          return [relative('.', join(dirname(file), target.replace(/\.js$/, '.ts')))]
        const adapters = /^@chiso\/adapters(\/.*)?$/.exec(target)
        const source = adapters && ADAPTERS_EXPORTS[`.${adapters[1] ?? ''}`]?.['chiso-source']
        return source ? [join('..', 'adapters', source)] : []
      }),
    ),
  ),
].filter((file) => !COMMAND_FILES.includes(file))

export default defineChisoConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', main: 'src/main.ts' },
  platform: 'node',
  banner: { js: '' },
  // Each command is a chunk of its own, loaded when it runs: `chiso --version` loads no command at all.
  splitting: true,
  // yaml (73 modules) and commander (9) are parsed from one chunk each instead of resolved file by file: about
  // a third of the modules `chiso score` loaded (docs/performance.md, start-up).
  bundle: ['yaml', 'commander', '@chiso/adapters', 'csv-parse'],
  // yaml from its ES module build (the same code, but for its debugging output): joined into the chunk rather
  // than wrapped module by module, and its stringifier left out of the scoring path (docs/performance.md).
  esModuleBuilds: { yaml: 'browser/dist/index.js' },
  conditions: ['chiso-source'],
  // Commander requires node:child_process at its top for executable subcommands, which chiso has none of:
  // loaded when first used, a cold start does not load it (docs/performance.md, start-up).
  lazyRequires: ['node:child_process'],
  // The scoring path in a few chunks rather than some 30 (src/commands/scoring-path.ts).
  shareChunk: { module: 'src/commands/scoring-path.ts', into: [...COMMAND_FILES, ...DYNAMIC_IMPORTS] },
  // The CommonJS chunks, which `chiso` runs, compiled from a code cache (src/startup/compile-cache.ts): that
  // needs them without import() calls.
  cjsWithoutImports: true,
})

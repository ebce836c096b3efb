// What `chiso score` loads beyond its own file: the program, and the modules the score command imports.
// Nothing imports this file in the sources; at build time every command's entry, and every other file loaded
// with import() (the error formatter, the plugin loader, the adapters' entries), re-exports it (`shareChunk` in
// packages/build-config, set in this package's tsup.config.ts). The bundler makes one chunk per set of
// entry points that share a module, and each command is an entry point: without this, the scoring path was
// spread over some 30 chunks, many under 2 KB, and Node 20's ES module loader costs about as much per module
// as per 50 KB of code (docs/performance.md, start-up). Reached by every such entry, these modules share one
// set and so one chunk (the program's own modules, reached by the executable too, another): `chiso score`
// loads 4 of the CLI's files. A command that needs less loads some code it does not run.

export * as csv from '@chiso/adapters/csv'
export * as diagnostics from '../format/diagnostics.js'
export * as orderedJson from '../format/ordered-json.js'
export * as rankingTable from '../format/ranking-table.js'
export * as scorecardJson from '../format/scorecard-json.js'
export * as writeOutput from '../io/write-output.js'
export * as run from '../run.js'
export * as dataOptions from './data-options.js'
export * as notes from './notes.js'
export * as periodMethodologies from './period-methodologies.js'
export * as scorePanel from './score-panel.js'
export * as usageError from './usage-error.js'

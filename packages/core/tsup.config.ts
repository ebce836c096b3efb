import { defineChisoConfig } from '@chiso/build-config'

// internal: implementation helpers for chiso's own packages (`@chiso/core/internal`, not semver-covered).
// errors: the error class and codes alone, for worker threads that must not load the engine and zod.
export default defineChisoConfig({
  entry: { index: 'src/index.ts', internal: 'src/internal.ts', errors: 'src/errors.ts' },
  // The entries share their common code as chunks: `ChisoError` is one class whichever entry loads it, and
  // `errors` loads only its own small chunk.
  splitting: true,
  // zod is parsed from core's own chunk instead of resolved as 95 modules one by one (about a quarter of a
  // cold `chiso score`, docs/performance.md, start-up). The type declarations still import from 'zod' (a
  // dependency), so users' types are zod's own; zod keeps its shared state (configuration, registry) on
  // globalThis, so schemas built with this copy and with the user's zod work together.
  bundle: ['zod'],
})

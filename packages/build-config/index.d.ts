import type { Options } from 'tsup'

/** Options of {@link defineChisoConfig}. */
export interface ChisoBuildOptions {
  /** Entry points, keyed by output name (`{ index: 'src/index.ts' }`). */
  entry: Record<string, string>
  /** `neutral` for isomorphic packages (default), `node` for packages that may use `node:` modules. */
  platform?: 'neutral' | 'node'
  /** Text prepended to every output file (e.g. a shebang for a binary). */
  banner?: { js?: string }
  /** Packages to keep external beyond the package's own dependencies. */
  external?: string[]
  /**
   * Split shared code and dynamically imported modules into chunks (default false), so a module imported with
   * `import()` is loaded only when it is needed — the CLI's commands and their libraries.
   */
  splitting?: boolean
  /**
   * Dependencies copied into the output instead of imported at run time (default none): for a program, a
   * library of many small modules costs more to find and load than to parse once. Only for libraries that
   * user code never shares objects with (a plugin imports `@chiso/core` itself, so it is never bundled).
   */
  bundle?: string[]
  /**
   * Node modules (`node:child_process`) that a bundled library requires at its top but seldom uses: its
   * `require` gets a stand-in that loads the module at its first use, so a start-up that never uses it does
   * not pay for loading it. Only for modules the library reads properties from (not one it compares or copies).
   */
  lazyRequires?: string[]
  /**
   * Export conditions to resolve bundled packages with (default: the bundler's own). `['chiso-source']`
   * bundles a workspace package from its sources, each module once, rather than from its built entry points,
   * which each carry a copy of the code they share.
   */
  conditions?: string[]
  /**
   * Bundles the modules `module` re-exports into as few chunks as possible: each file of `into` (the entry points
   * loaded with `import()`, e.g. the CLI's commands) re-exports it at build time, so every one of them reaches
   * those modules and they share one chunk set instead of a chunk per combination of entries that use them.
   */
  shareChunk?: { module: string; into: string[] }
  /**
   * Bundled packages to read from their ES module build rather than the CommonJS one their `node` export
   * condition names: package name → that build's entry, a file inside the package (`{ yaml:
   * 'browser/dist/index.js' }`). ES modules are joined into the chunk as one scope: no wrapper function and
   * `require` call per module, and exports nobody imports are left out. Only for a build whose code is the
   * same as the CommonJS one (yaml's differs in its debugging output alone).
   */
  esModuleBuilds?: Record<string, string>
  /**
   * CommonJS output without `import()` calls (default false): the package's own chunks and `@chiso/` packages
   * are required instead (`Promise.resolve().then(() => require(…))`), and every other specifier goes to an
   * `import-natively.cjs` written beside them. A script compiled by `node:vm` with V8's cached data cannot call
   * `import()` in Node 20; the CLI compiles its chunks that way to start from a code cache.
   */
  cjsWithoutImports?: boolean
}

/** Builds the tsup configuration every chiso package uses. */
export function defineChisoConfig(options: ChisoBuildOptions): Options

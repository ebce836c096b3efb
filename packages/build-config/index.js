// The one place that decides how chiso packages are bundled: every package's tsup.config.ts is a single call
// to defineChisoConfig, so replacing or retuning the bundler touches this file only.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { build, defineConfig } from 'tsup'
import { asciiOnly } from './ascii-only.js'
import { cjsWithoutImportCalls } from './cjs-without-import-calls.js'
import {
  checkDeclarationImports,
  DECLARATIONS_ENV,
  declarationOf,
  writeOwnDeclarations,
} from './declarations.js'

const ESM_REQUIRE =
  "import { createRequire as __chisoCreateRequire } from 'node:module';const require = __chisoCreateRequire(import.meta.url);"

/**
 * Builds a tsup configuration producing ESM (`.js`), CJS (`.cjs`) and type declarations for each entry.
 *
 * @param {import('./index.d.ts').ChisoBuildOptions} options
 * @returns {import('tsup').Options}
 */
export function defineChisoConfig(options) {
  const {
    entry,
    platform = 'neutral',
    banner,
    external = [],
    splitting = false,
    bundle = [],
    lazyRequires = [],
    conditions,
    shareChunk,
    esModuleBuilds = {},
    cjsWithoutImports = false,
  } = options
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    // Declarations are written once by the TypeScript compiler and rolled up after the code (see
    // declarations.js), not by tsup's per-package declaration program.
    dts: false,
    onSuccess: () => buildDeclarations(entry, external),
    sourcemap: true,
    clean: true,
    splitting,
    treeshake: true,
    target: 'es2022',
    platform,
    external,
    // A bundled CommonJS library calls require() for Node's own modules: an ES module has no require, so the
    // ESM output gets one made for it.
    banner:
      bundle.length === 0
        ? banner
        : ({ format }) => ({
            js: `${banner?.js ?? ''}${format === 'esm' ? ESM_REQUIRE : ''}`,
          }),
    noExternal: bundle,
    // Extra export conditions for the packages bundled (`chiso-source`: a workspace package from its sources,
    // so the modules its entry points share are bundled once).
    esbuildOptions:
      conditions === undefined
        ? undefined
        : (esbuildOptions) => {
            esbuildOptions.conditions = conditions
          },
    esbuildPlugins: [
      ...(lazyRequires.length === 0 ? [] : [lazyRequirePlugin(lazyRequires)]),
      ...(shareChunk === undefined ? [] : [shareChunkPlugin(shareChunk)]),
      ...(Object.keys(esModuleBuilds).length === 0 ? [] : [esModuleBuildsPlugin(esModuleBuilds)]),
    ],
    // fsByRequire only where the banner has made `require` (see ESM_REQUIRE).
    plugins: [
      ...(bundle.length === 0 ? [] : [fsByRequire()]),
      ...(cjsWithoutImports ? [cjsWithoutImportCalls()] : []),
      asciiOnly(),
    ],
    outDir: 'dist',
  })
}

/**
 * An esbuild plugin: each of the files `into` (entry points loaded with `import()`) re-exports `module` as
 * `__chisoShared`. esbuild puts each module in the chunk of the set of entry points that reach it; reached from
 * every one of them, the modules `module` lists share one set, so they are bundled into a few chunks instead of
 * one per combination of commands that use them (docs/performance.md, start-up). The sources are not changed.
 */
function shareChunkPlugin({ module, into }) {
  const shared = resolve(module)
  const targets = new Set(into.map((file) => resolve(file)))
  return {
    name: 'chiso-share-chunk',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!targets.has(args.path)) return undefined
        const source = readFileSync(args.path, 'utf8')
        return {
          contents: `${source}\nexport * as __chisoShared from ${JSON.stringify(shared)}\n`,
          loader: 'ts',
          resolveDir: dirname(args.path),
        }
      })
    },
  }
}

/**
 * An esbuild plugin: `import … from '<package>'` of one of `builds` resolves to the file it names inside the
 * package (its ES module build), found from the package's `package.json` as the importing package resolves it.
 * A bundled CommonJS library is wrapped module by module in functions that run at its first `require`; its ES
 * module build is joined into the chunk's scope, and what is not imported is left out (yaml's stringifier on
 * the scoring path): about 4 ms less of every cold `chiso score` (docs/performance.md, start-up).
 */
function esModuleBuildsPlugin(builds) {
  const names = Object.keys(builds).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  return {
    name: 'chiso-es-module-builds',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => {
        const manifest = createRequire(join(args.resolveDir, 'package.json')).resolve(
          `${args.path}/package.json`,
        )
        return { path: join(dirname(manifest), builds[args.path]) }
      })
    },
  }
}

/**
 * A tsup plugin: in the ES module output, `import { … } from 'fs'` becomes `const { … } = require('fs')`. Node
 * gives an ES module that imports `fs` a namespace of all its exports, reading each one, and a few of them are
 * getters that load other modules (`promises` loads fs/promises, `ReadStream` the streams): about 6 ms of
 * every cold start of the CLI, which needs none of them (docs/performance.md, start-up). `require` returns
 * the same functions without reading the getters.
 */
function fsByRequire() {
  const namedImport = /^import \{([^}]*)\} from ['"](?:node:)?fs['"];$/gm
  return {
    name: 'chiso-fs-by-require',
    renderChunk(code, info) {
      if (this.format !== 'esm' || !/\.m?js$/.test(info.path) || code.search(namedImport) === -1)
        return undefined
      return {
        code: code.replace(namedImport, (_, names) => {
          const bindings = names.replace(/\b(\w+) as (\w+)\b/g, '$1: $2')
          return `const {${bindings}} = require('node:fs');`
        }),
      }
    },
  }
}

/**
 * An esbuild plugin: in a bundled library (a file under node_modules), `require('<module>')` of one of `names`
 * becomes a stand-in that requires the module at its first property read. Commander requires
 * node:child_process at its top for the rare executable subcommand; loading it cost every cold start of the
 * CLI several milliseconds (docs/performance.md, start-up). The package's own imports are left as they are.
 * (The source is rewritten when it is loaded: tsup's own plugins resolve Node's modules before any plugin
 * given to it would see them.)
 */
function lazyRequirePlugin(names) {
  const bare = names.map((name) => name.replace(/^node:/, '').replace(/[/]/g, '\\/'))
  const call = new RegExp(`\\brequire\\((['"])(?:node:)?(${bare.join('|')})\\1\\)`, 'g')
  return {
    name: 'chiso-lazy-require',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8')
        if (source.search(call) === -1) return undefined
        const contents = source.replace(
          call,
          (_, __, name) =>
            `new Proxy({}, { get: (_, key) => require('node:${name}')[key], has: (_, key) => key in require('node:${name}') })`,
        )
        return { contents, loader: 'js', resolveDir: dirname(args.path) }
      })
    },
  }
}

/**
 * Rolls the package's declarations up into dist/ (`<entry>.d.ts` for import, `<entry>.d.cts` for require, shared
 * chunks beside them), from the per-file declarations the root build wrote, or, in a package building on its
 * own, from declarations it writes first with a program of its own (which also type-checks its sources).
 */
async function buildDeclarations(entry, external) {
  const packageDir = process.cwd()
  const given = process.env[DECLARATIONS_ENV]
  // Not under node_modules: the roll-up keeps files found there as imports instead of inlining them.
  const outRoot = given ?? mkdtempSync(join(tmpdir(), 'chiso-declarations-'))
  try {
    if (given === undefined) writeOwnDeclarations(packageDir, Object.values(entry), outRoot)
    const declarations = Object.fromEntries(
      Object.entries(entry).map(([name, file]) => [name, declarationOf(packageDir, file, outRoot)]),
    )
    await build({
      config: false,
      entry: declarations,
      format: ['esm', 'cjs'],
      dts: { only: true, entry: declarations },
      external,
      outDir: 'dist',
      clean: false,
    })
    nameChunksAfterSources(join(packageDir, 'dist'))
    checkDeclarationImports(packageDir)
  } finally {
    if (given === undefined) rmSync(outRoot, { recursive: true, force: true })
  }
}

// A shared chunk is named after its first module: rolled up from `semver.d.ts`, that is `semver.d-<hash>.d.ts`
// where tsup, rolling up `semver.ts`, wrote `semver-<hash>.d.ts`. The chunks keep the names they always had.
const DECLARATION_CHUNK = /^(.+)\.d-([\w-]{8})\.d\.(c?)ts$/

function nameChunksAfterSources(dist) {
  const files = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))
  const renamed = files.flatMap((file) => {
    const match = DECLARATION_CHUNK.exec(file)
    return match === null ? [] : [{ file, name: match[1], hash: match[2], cts: match[3] }]
  })
  for (const { file, name, hash, cts } of renamed)
    renameSync(join(dist, file), join(dist, `${name}-${hash}.d.${cts}ts`))
  for (const file of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
    const path = join(dist, file)
    let text = readFileSync(path, 'utf8')
    for (const { name, hash } of renamed)
      text = text
        .replaceAll(`'./${name}.d-${hash}.js'`, `'./${name}-${hash}.js'`)
        .replaceAll(`'./${name}.d-${hash}.cjs'`, `'./${name}-${hash}.cjs'`)
    writeFileSync(path, text)
  }
}

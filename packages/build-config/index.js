// The one place that decides how chiso packages are bundled: every package's tsup.config.ts is a single call
// to defineChisoConfig, so replacing or retuning the bundler touches this file only.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, defineConfig } from 'tsup'
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
  const { entry, platform = 'neutral', banner, external = [], splitting = false, bundle = [] } = options
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
    outDir: 'dist',
  })
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

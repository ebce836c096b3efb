// Packs the published packages with `pnpm pack` (which rewrites `workspace:*` to real versions, as a
// release does) and installs the tarballs with npm into a consumer project outside the workspace, so
// nothing resolves through the workspace's links or its src/ folders.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PublishedPackage } from './published-packages.js'

/**
 * The environment for child processes: the parent's, without what a package manager or test runner put
 * there for itself (npm_* variables of the running `pnpm` script, NODE_OPTIONS), so that npm and node in
 * the consumer project behave as they would for a user. The registry and cache settings are kept.
 */
export function consumerEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_registry', 'npm_config_cache'])
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'NODE_OPTIONS' && (!key.toLowerCase().startsWith('npm_') || keep.has(key)),
    ),
  )
}

/** The file name `pnpm pack` gives a package's tarball. */
export function tarballName(pkg: Pick<PublishedPackage, 'name' | 'version'>): string {
  return `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`
}

/** Packs every package into `<consumer>/tarballs` and npm-installs them all into `consumer`. */
export function packAndInstall(packages: ReadonlyArray<PublishedPackage>, consumer: string): void {
  const env = consumerEnv()
  const tarballs = join(consumer, 'tarballs')
  mkdirSync(tarballs, { recursive: true })
  const dependencies: Record<string, string> = {}
  const overrides: Record<string, string> = {}
  for (const pkg of packages) {
    if (!existsSync(join(pkg.dir, 'dist')))
      throw new Error(`${pkg.name} has no dist/: build first (pnpm run build)`)
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: pkg.dir, env, stdio: 'pipe' })
    const tarball = join(tarballs, tarballName(pkg))
    if (!existsSync(tarball)) throw new Error(`pnpm pack did not write ${tarball}`)
    dependencies[pkg.name] = `file:tarballs/${tarballName(pkg)}`
    // Dependencies between the packages must take the packed tarballs too, never a registry version.
    overrides[pkg.name] = `$${pkg.name}`
  }
  // Required peers (zod) come from the registry, as a user would install them.
  for (const pkg of packages)
    for (const [peer, range] of Object.entries(pkg.peerDependencies))
      if (pkg.peerDependenciesMeta[peer]?.optional !== true && dependencies[peer] === undefined)
        dependencies[peer] = range
  const manifest = { name: 'chiso-pack-consumer', version: '0.0.0', private: true, dependencies, overrides }
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: consumer,
    env,
    stdio: 'pipe',
  })
}

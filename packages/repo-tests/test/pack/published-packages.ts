// The workspace packages that are published: every package under packages/ that is not private. The pack
// test and the `check:packages` script must cover all of them, so a new package is found here, not listed.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The workspace root. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../..', import.meta.url))

/** What the pack test reads of a published package's manifest. */
export interface PublishedPackage {
  name: string
  version: string
  /** Absolute path of the package folder. */
  dir: string
  scripts: Record<string, string>
  peerDependencies: Record<string, string>
  peerDependenciesMeta: Record<string, { optional?: boolean }>
  bin: Record<string, string>
}

/** The published (non-private) packages of the workspace, by folder name. */
export function publishedPackages(): PublishedPackage[] {
  const packagesDir = join(WORKSPACE_ROOT, 'packages')
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((folder) => {
      const dir = join(packagesDir, folder)
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      if (manifest.private === true) return []
      return [
        {
          name: manifest.name,
          version: manifest.version,
          dir,
          scripts: manifest.scripts ?? {},
          peerDependencies: manifest.peerDependencies ?? {},
          peerDependenciesMeta: manifest.peerDependenciesMeta ?? {},
          bin: manifest.bin ?? {},
        },
      ]
    })
}

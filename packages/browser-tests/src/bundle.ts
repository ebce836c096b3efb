// Bundles a test entry for the browser from source, the way an app's bundler would consume @chiso/core. The
// browser platform has no Node built-ins: a `node:` import anywhere in the graph fails the build, which is
// exactly the check we want for the isomorphic packages.
import { build } from 'esbuild'

export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    conditions: ['chiso-source'],
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error(`esbuild produced no output for ${entry}`)
  return output.text
}

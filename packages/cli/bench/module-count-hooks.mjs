// Module loader hooks for startup.mjs: records every module a run loads (ES modules through the `load` hook,
// CommonJS ones from the require cache at exit) in the file named by CHISO_MODULE_LOG, one URL a line.
import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import { pathToFileURL } from 'node:url'

const log = process.env.CHISO_MODULE_LOG

/** The `load` hook (runs on the loader's thread): notes each module that is not one of Node's own. */
export async function load(url, context, nextLoad) {
  if (log && !url.startsWith('node:')) appendFileSync(log, `${url}\n`)
  return nextLoad(url, context)
}

// Run as `--import`: registers this file's hooks, and adds the CommonJS modules at exit.
if (log && process.argv[1] !== undefined && !import.meta.url.includes('?hooks')) {
  register(`${import.meta.url}?hooks`)
  process.on('exit', () => {
    const cache = createRequire(import.meta.url).cache
    const files = Object.keys(cache).map((file) => pathToFileURL(file).href)
    if (files.length > 0) appendFileSync(log, `${files.join('\n')}\n`)
  })
}

#!/usr/bin/env node
// The `chiso` executable: turns the code cache on, then runs the CLI (main.ts) from the CommonJS build, whose
// modules the cache can hold (docs/performance.md, start-up). The same file as an ES module (bin.js) and as
// CommonJS (bin.cjs, what `chiso` names): neither loads any of the CLI's code before the cache is on.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCompileCache } from './startup/compile-cache.js'

const self = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
startCompileCache(dirname(self))
createRequire(self)('./main.cjs')

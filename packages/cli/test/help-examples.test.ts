import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

// Every `$ chiso …` line of `chiso --help` and of each command's --help names only files that exist from the
// repository's root (or that an earlier example of the same help writes with --out): a reader can run them as
// written. Checking the files, not running every example, keeps the test fast and honest about what it checks.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FILE = /\.(ya?ml|json|csv|xlsx|html)$/i
// Options whose value is a file the example writes, not one it reads.
const WRITES = new Set(['--out', '-o', '--out-methodology', '--out-data', '--estimates', '--report', '>'])

// Commands whose help examples still use illustrative file names; each is to be moved to the repository's
// examples. Listed here so the test fails when one of them is fixed and not removed from the list. Empty:
// every example names files of the repository (or ones an earlier example writes).
const PENDING = new Set<string>([])

function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!)
}

/** The files an example line reads that do not exist, given the files earlier examples wrote. */
function missingFiles(line: string, written: Set<string>): string[] {
  const tokens = words(line.replace(/^\s*\$ chiso\s+/, '').replace(/\s{2,}\(.*\)$/, ''))
  const missing: string[] = []
  tokens.forEach((token, index) => {
    if (!FILE.test(token) || token.includes('@')) return
    if (WRITES.has(tokens[index - 1] ?? '')) {
      written.add(token)
      return
    }
    if (!written.has(token) && !existsSync(`${ROOT}${token}`)) missing.push(token)
  })
  return missing
}

const main = await runCli(['--help'])
const commands = [...main.stdout.slice(main.stdout.indexOf('Commands:')).matchAll(/^ {2}([a-z-]+)/gm)]
  .map((match) => match[1]!)
  .filter((name) => name !== 'help')

describe('help examples run as written from the repository root', () => {
  it.each(['', ...commands])('chiso %s --help', async (command) => {
    const help = await runCli(command === '' ? ['--help'] : [command, '--help'])
    expect(help.code).toBe(0)
    const lines = help.stdout.split('\n').filter((line) => /^\s*\$ chiso /.test(line))
    if (command === '' || !PENDING.has(command)) expect(lines.length).toBeGreaterThan(0)
    const written = new Set<string>()
    const missing = lines.flatMap((line) => missingFiles(line, written))
    if (PENDING.has(command)) expect(missing.length).toBeGreaterThan(0)
    else expect(missing).toEqual([])
  })
})

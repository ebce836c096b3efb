// Type-checks every ts block of every guide in one compiler run (one run is much faster than one per block)
// against the built packages' declarations, as a reader's editor would, and maps each compiler error back to
// the guide and line it comes from.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { GuideBlock } from './parse-guide.js'
import { TSC } from './scratch.js'

/** A file written from a ts block, and the block. */
export interface TypescriptFile {
  path: string
  block: GuideBlock
}

const COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2022'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
}

/** The compiler's errors, each starting with `docs/<guide>.md:<line>`; empty when every block type-checks. */
export async function typecheckBlocks(root: string, files: TypescriptFile[]): Promise<string[]> {
  if (files.length === 0) return []
  writeFileSync(
    join(root, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: files.map((file) => relative(root, file.path)) }, null, 2)}\n`,
  )
  const result = await new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [TSC, '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('close', (status) => resolve({ status, output }))
  })
  if (result.status === 0) return []
  const byPath = new Map(files.map((file) => [relative(root, file.path), file.block]))
  const errors: string[] = []
  for (const line of result.output.split('\n')) {
    const located = /^(.+?)\((\d+),(\d+)\): (.*)$/.exec(line)
    const block = located ? byPath.get(located[1]!) : undefined
    if (located && block)
      errors.push(`${block.guide}:${block.line + Number(located[2])}:${located[3]}: ${located[4]}`)
    else if (line.trim() !== '' && !line.startsWith(' ')) errors.push(line)
    else if (line.trim() !== '' && errors.length > 0) errors[errors.length - 1] += `\n${line}`
  }
  return errors.length > 0 ? errors : [`tsc failed:\n${result.output}`]
}

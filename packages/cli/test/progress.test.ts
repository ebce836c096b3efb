// Long imports show a progress bar on a terminal, and nothing when stderr is a pipe or a file.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/index.js'
import { FIXTURES } from './helpers.js'

describe('progress while importing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-progress-'))
  copyFileSync(join(FIXTURES, 'points.methodology.yaml'), join(dir, 'm.yaml'))
  const lines = ['unit,1.1,1.2,2']
  for (let i = 0; i < 6000; i++) lines.push(`U${i},1,2,3`)
  writeFileSync(join(dir, 'd.csv'), lines.join('\n'))

  it.each([true, false])('on a terminal: %s', async (isTTY) => {
    let stderr = ''
    const code = await run(['score', 'm.yaml', 'd.csv', '--format', 'json'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text), isTTY },
      cwd: dir,
    })
    expect(code).toBe(0)
    if (isTTY) {
      expect(stderr).toContain('importing [========================================] 100% | 6001/6001')
      // The bar clears its line when done.
      expect(stderr.endsWith('\u001b[2K')).toBe(true)
    } else expect(stderr).toBe('')
  })
})

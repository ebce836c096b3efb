import { describe, expect, it } from 'vitest'
import { builtWorkerExecArgv } from '../src/node/built-worker-exec-argv.js'

describe('builtWorkerExecArgv', () => {
  it.each([
    [['--conditions', 'chiso-source'], []],
    [['--conditions=chiso-source', '--enable-source-maps'], ['--enable-source-maps']],
    [['-C', 'chiso-source', '-C=chiso-source'], []],
    [
      ['--conditions', 'development'],
      ['--conditions', 'development'],
    ],
    [
      ['--max-old-space-size=512', '--conditions', 'chiso-source', '-C', 'browser'],
      ['--max-old-space-size=512', '-C', 'browser'],
    ],
    [['--conditions'], ['--conditions']],
  ])('%j → %j', (given, kept) => {
    expect(builtWorkerExecArgv(given)).toEqual(kept)
  })
})

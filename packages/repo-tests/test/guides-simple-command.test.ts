// Which guide commands run in the chiso server: only a plain `chiso` call bash would pass through unchanged.
import { describe, expect, it } from 'vitest'
import { chisoArguments } from './guides/simple-command.js'

describe('chisoArguments', () => {
  it.each([
    ['chiso score m.yaml d.csv', ['score', 'm.yaml', 'd.csv']],
    ["chiso   score 'a b.yaml' d.csv --lang vi", ['score', 'a b.yaml', 'd.csv', '--lang', 'vi']],
    [
      'chiso plan m.yaml d.csv --unit=so-07 --target rank:5',
      ['plan', 'm.yaml', 'd.csv', '--unit=so-07', '--target', 'rank:5'],
    ],
    ['chiso --version', ['--version']],
  ])('%s runs in the server', (command, argv) => {
    expect(chisoArguments(command)).toEqual(argv)
  })

  it.each([
    'chiso score m.yaml d.csv | head -3',
    'chiso score m.yaml d.csv > out.txt',
    'chiso score m.yaml d.csv && echo ok',
    'chiso score $FILE d.csv',
    'chiso score *.yaml d.csv',
    'chiso score "m.yaml" d.csv',
    "chiso score 'm'.yaml d.csv",
    'TZ=UTC chiso score m.yaml d.csv',
    'cd examples && chiso score m.yaml d.csv',
    'echo chiso',
    'npx chiso score m.yaml d.csv',
  ])('%s runs in bash', (command) => {
    expect(chisoArguments(command)).toBeUndefined()
  })
})

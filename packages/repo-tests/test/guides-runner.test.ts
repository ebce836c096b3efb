// The pieces of the guide runner (guides.test.ts) that decide what a block is and whether an output matches:
// if they were wrong, a guide could pass without saying what chiso does.
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { matchesShownOutput } from './guides/match-output.js'
import { parseGuide, parseInfoString, shellCommands } from './guides/parse-guide.js'

describe('parseInfoString', () => {
  it.each([
    ['sh', 'sh', {}],
    ['yaml file=demo.methodology.yaml', 'yaml', { file: 'demo.methodology.yaml' }],
    ['sh exit=1', 'sh', { exit: '1' }],
    ['sh norun="publishes to npm"', 'sh', { norun: 'publishes to npm' }],
    ['yaml file=broken.yaml invalid', 'yaml', { file: 'broken.yaml', invalid: '' }],
    ['', '', {}],
  ])('%j', (info, language, attributes) => {
    expect(parseInfoString(info)).toEqual({ language, attributes })
  })
})

describe('parseGuide', () => {
  it('finds every block with its line, language, attributes and body, indented ones included', () => {
    const markdown = [
      '# Guide',
      '',
      '```sh',
      'chiso validate a.yaml',
      '```',
      '',
      '- a list item:',
      '',
      '  ```text norun="shape"',
      '  error: x',
      '  ```',
      '',
      '````md',
      '```',
      '````',
    ].join('\n')
    expect(parseGuide('docs/x.md', markdown)).toEqual([
      {
        guide: 'docs/x.md',
        line: 3,
        language: 'sh',
        attributes: {},
        body: 'chiso validate a.yaml\n',
        index: 0,
      },
      {
        guide: 'docs/x.md',
        line: 9,
        language: 'text',
        attributes: { norun: 'shape' },
        body: 'error: x\n',
        index: 1,
      },
      { guide: 'docs/x.md', line: 13, language: 'md', attributes: {}, body: '```\n', index: 2 },
    ])
  })

  it('refuses a block that is never closed, with its place', () => {
    expect(() => parseGuide('docs/x.md', 'text\n```sh\nchiso score\n')).toThrow('docs/x.md:2:')
  })
})

describe('shellCommands', () => {
  it('drops comments and blank lines and joins continued lines', () => {
    expect(shellCommands('# build\nchiso score a \\\n  b --json\n\nchiso plan x   # trailing\n')).toEqual([
      'chiso score a    b --json',
      'chiso plan x   # trailing',
    ])
  })
})

describe('matchesShownOutput', () => {
  it('ignores trailing spaces and blank lines, nothing else', () => {
    expect(matchesShownOutput('a\nb\n', 'a  \nb\n\n')).toBe(true)
    expect(matchesShownOutput('a\nb\n', 'a\nc\n')).toBe(false)
    expect(matchesShownOutput('a\nb\n', ' a\nb\n')).toBe(false)
    expect(matchesShownOutput('a\n', 'a\nb\n')).toBe(false)
  })

  it('reads … inside a line as any text on that line, and a line of … as any lines', () => {
    expect(matchesShownOutput('sha256:4a…\n', 'sha256:4a9f0c\n')).toBe(true)
    expect(matchesShownOutput('sha256:4a…\n', 'sha256:4a9f\nmore\n')).toBe(false)
    expect(matchesShownOutput('head\n…\ntail\n', 'head\n1\n2\ntail\n')).toBe(true)
    expect(matchesShownOutput('head\n…\ntail\n', 'head\ntail\n')).toBe(true)
    expect(matchesShownOutput('head\n…\ntail\n', 'head\n1\n')).toBe(false)
  })

  test.prop(
    [fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\n…]/g, '')))],
    propertyRuns(100),
  )('an output without … matches itself and nothing with one more line', (lines) => {
    const text = `${lines.join('\n')}\n`
    expect(matchesShownOutput(text, text)).toBe(true)
    expect(matchesShownOutput(text, `${text}extra line\n`)).toBe(false)
  })
})

import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../src/commands/all.js'
import { commandsForArgv } from '../src/commands/commands-for-argv.js'
import type { CommandContext } from '../src/commands/context.js'
import { createStylist } from '../src/format/style.js'

// Commands are loaded on demand by name: the name in the table must be the one the loaded file registers.
describe('the command table', () => {
  it('names each command as its file registers it, in the order of --help', async () => {
    const sink = { write: () => true }
    const context: CommandContext = {
      io: { stdout: sink, stderr: sink, cwd: '.' },
      out: createStylist(false),
      err: createStylist(false),
    }
    for (const command of COMMANDS) {
      const program = new Command('chiso')
      ;(await command.load())(program, context, { exitCode: 0 })
      expect(program.commands.map((registered) => registered.name())).toEqual([command.name])
    }
    expect(new Set(COMMANDS.map((command) => command.name)).size).toBe(COMMANDS.length)
    // Loads every command's sources: slow only when this file runs alone on a busy machine.
  }, 180_000)
})

describe('commandsForArgv', () => {
  const names = (argv: string[]) => commandsForArgv(argv, COMMANDS).map((command) => command.name)
  const every = COMMANDS.map((command) => command.name)

  it.each([
    [['score', 'm.yaml', 'd.csv'], ['score']],
    [['score', '--help'], ['score']],
    [['import', 'survey', 'x.csv'], ['import']],
    [['--version'], []],
    [['-V'], []],
    [['--version', 'score'], every],
    [['--help'], every],
    [['help', 'score'], every],
    [[], every],
    [['--max-units', '5', 'score', 'm.yaml', 'd.csv'], every],
    [['scroe', 'm.yaml'], every],
  ])('%j loads %j', (argv, expected) => {
    expect(names(argv)).toEqual(expected)
  })
})

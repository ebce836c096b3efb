// The self-assessment workbook at a province's scale: 200 units × 100 criteria (a sheet per unit), written by
// `chiso template` and read back by `chiso import`, with wall time and peak memory of each command. The units
// and methodology are generated at run time, never committed.
//
//   pnpm --filter "@chiso/cli..." run build
//   node packages/adapters/bench/template-scale.mjs [--units 200] [--layout sheets|columns]
//
// Uses `/usr/bin/time -v` for the peak resident memory when it exists (Linux); otherwise reports wall time only.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const at = (name) => process.argv.indexOf(`--${name}`)
const units = at('units') === -1 ? 200 : Number(process.argv[at('units') + 1])
const layout = at('layout') === -1 ? 'sheets' : process.argv[at('layout') + 1]
const bin = join(root, 'packages/cli/dist/bin.js')
if (!existsSync(bin)) throw new Error('build the CLI first: pnpm --filter "@chiso/cli..." run build')

const dir = mkdtempSync(join(tmpdir(), 'chiso-template-'))
const tree = Array.from({ length: 10 }, (_, a) => ({
  code: `${a + 1}`,
  title: `Area ${a + 1}`,
  max: '10',
  children: Array.from({ length: 10 }, (_, l) => ({
    code: `${a + 1}.${l + 1}`,
    title: `Criterion ${a + 1}.${l + 1} (generated)`,
    max: '1',
    rule: { use: l % 2 === 0 ? 'chiso/points' : 'chiso/yes-no' },
  })),
}))
writeFileSync(
  join(dir, 'm.json'),
  JSON.stringify({
    id: 'bench.template',
    version: '1.0.0',
    title: 'Generated',
    status: 'illustrative',
    result: { type: 'points' },
    tree,
  }),
)
writeFileSync(
  join(dir, 'units.csv'),
  `unit,name\n${Array.from({ length: units }, (_, u) => `U${u},Đơn vị ${u}`).join('\n')}\n`,
)
const timed = existsSync('/usr/bin/time')
function run(args) {
  const command = timed ? '/usr/bin/time' : process.execPath
  const argv = timed ? ['-v', process.execPath, bin, ...args] : [bin, ...args]
  const started = process.hrtime.bigint()
  const result = spawnSync(command, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`chiso ${args.join(' ')} failed:\n${result.stderr}`)
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')
  // CPU time (user + system) as well: on a shared machine the wall time mostly measures the others.
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '')
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '')
  const cpu = user && system ? Number(user[1]) + Number(system[1]) : undefined
  return { seconds, cpu, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : undefined }
}
const write = run(['template', 'm.json', '--units', 'units.csv', '--layout', layout, '--out', 'form.xlsx'])
const size = statSync(join(dir, 'form.xlsx')).size
const read = run(['import', 'form.xlsx', '--methodology', 'm.json', '--out', 'data.json'])
console.log(`template ${units} units × 100 criteria (${layout}), ${(size / 1e6).toFixed(1)} MB`)
const line = (what, m) =>
  `  ${what}: ${m.seconds.toFixed(2)} s wall${m.cpu === undefined ? '' : `, ${m.cpu.toFixed(2)} s CPU`}${m.peakMb ? `, peak ${m.peakMb} MB` : ''}`
console.log(line('written (chiso template)', write))
console.log(line('read back (chiso import)', read))
rmSync(dir, { recursive: true, force: true })

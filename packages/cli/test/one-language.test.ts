import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { catalogue } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runCli } from './helpers.js'

// A representative set of commands, succeeding and failing, run in-process under `--lang vi` and `--lang en`:
// each output must be in one language. Vietnamese output must hold none of a list of common English words;
// English output no Vietnamese letter. Data values (unit names, the methodology's titles in either language,
// file names, codes, options, commands quoted for the reader) are taken out first: they are not chiso's words.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const M = 'examples/district-cchc/district.methodology.yaml'
const D = 'examples/district-cchc/districts-2023.synthetic.csv'
const P = 'examples/publish-methodology/'
const INVALID = 'packages/cli/test/fixtures/invalid.methodology.yaml'
// Cells rejected (not a number, no unit code, a duplicate unit, a value without a header) and columns ignored.
const REASONS = 'packages/cli/test/fixtures/reasons.csv'
// More reasons: a spreadsheet error, a date, a number read two ways, scientific notation with a comma, a second
// column of one leaf saying otherwise, an evidence date that is no date (wide); a node, source and round code
// that are not, a column a long table does not read (long).
const MORE_REASONS = 'packages/cli/test/fixtures/reasons-more.csv'
const LONG_REASONS = 'packages/cli/test/fixtures/reasons-long.csv'
// A survey with an answer outside its scale, one not among its answers, a respondent without a unit, a unit not
// in the spec, a missing and a negative weight, a weight of 0 and a column the spec does not name.
const SURVEY = [
  'packages/cli/test/fixtures/survey-flawed.csv',
  '--spec',
  'packages/cli/test/fixtures/survey-flawed.spec.yaml',
]
const DDCI = 'examples/ddci-thanh-hoa/'
// Schema errors (a misspelt key, a wrong type, a missing key, an unknown option, a negative maximum) and an
// inconsistent tree (a node code twice, a leaf without a rule, a tie-breaker naming no node).
const SCHEMA_ERRORS = 'packages/cli/test/fixtures/schema-errors.methodology.yaml'
const TREE_ERRORS = 'packages/cli/test/fixtures/tree-errors.methodology.yaml'
// A wide table whose unit column is not named as chiso reads it ("ma").
const NO_UNIT_COLUMN = 'packages/cli/test/fixtures/no-unit-column.csv'

/** What each command is; `stdout: false` when its stdout is data (JSON, a dataset), checked on stderr only. */
const COMMANDS: ReadonlyArray<{ args: string[]; code: number; stdout?: false }> = [
  { args: ['--help'], code: 0 },
  { args: ['score', '--help'], code: 0 },
  { args: ['plan', '--help'], code: 0 },
  { args: ['explain', '--help'], code: 0 },
  { args: ['validate', '--help'], code: 0 },
  { args: ['fingerprint', '--help'], code: 0 },
  { args: ['diff', '--help'], code: 0 },
  { args: ['schema', '--help'], code: 0 },
  { args: ['render', '--help'], code: 0 },
  { args: ['rebase', '--help'], code: 0 },
  { args: ['progress', '--help'], code: 0 },
  { args: ['template', '--help'], code: 0 },
  { args: ['studio', '--help'], code: 0 },
  { args: ['catalogue', '--help'], code: 0 },
  { args: ['what-if', '--help'], code: 0 },
  { args: ['import', '--help'], code: 0 },
  { args: ['import', 'coinr', '--help'], code: 0 },
  { args: ['import', 'survey', '--help'], code: 0 },
  { args: ['import', 'methodology', '--help'], code: 0 },
  { args: ['appraisal', '--help'], code: 0 },
  { args: ['simulate', '--help'], code: 0 },
  { args: ['report', '--help'], code: 0 },
  { args: ['validate', M], code: 0 },
  { args: ['validate', INVALID], code: 1 },
  { args: ['validate', D, '--kind', 'dataset'], code: 0 },
  { args: ['score', M, D], code: 0 },
  { args: ['score', 'khong-co.yaml', D], code: 1 },
  { args: ['score', INVALID, D], code: 1 },
  { args: ['score', 'pci', D], code: 1 },
  { args: ['score', M, D, '--frmat', 'csv'], code: 2 },
  { args: ['score', M, D, '--format', 'xlsx'], code: 2 },
  { args: ['score', M], code: 2 },
  { args: ['render', M, '--format', 'xlsx'], code: 2 },
  { args: ['fingerprint', M], code: 0 },
  { args: ['diff', `${P}cchc-2025.methodology.yaml`, `${P}cchc-2026.methodology.yaml`], code: 0 },
  {
    args: [
      'rebase',
      `${P}cchc-2026.methodology.yaml`,
      `${P}data-2025.synthetic.csv`,
      '--crosswalk',
      `${P}crosswalk-2025-2026.yaml`,
      '--from',
      `${P}cchc-2025.methodology.yaml`,
    ],
    code: 0,
    stdout: false,
  },
  { args: ['import', D, '--to', 'json'], code: 0, stdout: false },
  { args: ['import', REASONS, '--to', 'json', '--allow-rejects'], code: 0, stdout: false },
  { args: ['import', REASONS, '--to', 'json'], code: 1, stdout: false },
  { args: ['import', MORE_REASONS, '--to', 'json', '--allow-rejects'], code: 0, stdout: false },
  { args: ['import', MORE_REASONS, '--to', 'json'], code: 1, stdout: false },
  { args: ['import', LONG_REASONS, '--to', 'json', '--allow-rejects'], code: 0, stdout: false },
  { args: ['import', 'survey', ...SURVEY], code: 1, stdout: false },
  { args: ['import', 'survey', ...SURVEY, '--allow-rejects'], code: 0, stdout: false },
  {
    args: [
      'import',
      'survey',
      `${DDCI}survey-departments-2024.synthetic.csv`,
      '--spec',
      `${DDCI}survey-departments.spec.yaml`,
    ],
    code: 0,
    stdout: false,
  },
  { args: ['simulate', M, D, '--runs', '20', '--seed', '1', '--target-rank', '5'], code: 0 },
  { args: ['catalogue'], code: 0 },
  { args: ['explain', M, D, '--unit', 'khong-co'], code: 1 },
  { args: ['explain', M, D, '--unit', 'dong-son', '--node', '9.9'], code: 1 },
  { args: ['validate', SCHEMA_ERRORS], code: 1 },
  { args: ['validate', TREE_ERRORS], code: 1 },
  { args: ['score', SCHEMA_ERRORS, D], code: 1 },
  { args: ['score', 'pci@2099', D], code: 1 },
  { args: ['score', M, D, '--plugin', 'chiso-plugin-khong-co'], code: 1 },
  { args: ['explain', M, D, '--unit', 'dong-son'], code: 0 },
  { args: ['explain', M, D, '--unit', 'dong-son', '--node', '1.2.1'], code: 0 },
]

/** Every text of the example's data: unit names, and each string of the methodology (titles in both languages). */
function dataValues(): string[] {
  const strings: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk)
  }
  for (const file of [
    M,
    INVALID,
    SCHEMA_ERRORS,
    TREE_ERRORS,
    `${P}cchc-2025.methodology.yaml`,
    `${P}cchc-2026.methodology.yaml`,
  ])
    walk(parse(readFileSync(`${ROOT}${file}`, 'utf8')))
  // The catalogue's methodologies: their titles, legal bases and sources (`chiso catalogue` shows them).
  for (const entry of catalogue.list()) {
    const { title, basis } = catalogue.resolve(entry.reference)
    walk({ title, basis })
  }
  for (const file of [D, `${P}data-2025.synthetic.csv`]) {
    const rows = readFileSync(`${ROOT}${file}`, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
    const name = rows[0]!.split(',').indexOf('name')
    for (const row of rows.slice(1))
      if (name >= 0 && row.split(',')[name]) strings.push(row.split(',')[name]!)
  }
  // Longest first, so a title is taken out before a shorter string inside it.
  return [...new Set(strings.filter((s) => s.trim().length > 1))].sort((a, b) => b.length - a.length)
}

const DATA = dataValues()

/**
 * The Vietnamese terms English help glosses on purpose ("unit (đơn vị)", "a báo cáo", a cell's "NA/KAD (không áp dụng)"), and the Vietnamese
 * column names chiso reads, listed in help beside the English ones ("period, year, năm, kỳ;", "Mã đơn vị").
 */
const GLOSSES = [
  'chỉ số',
  'đơn vị',
  'bộ chỉ số',
  'phụ lục',
  'Chỉ số cải cách hành chính',
  'năm, kỳ;',
  'Mã đơn vị',
  'Tên đơn vị',
  'báo cáo',
  'không áp dụng',
]

function withoutDataValues(text: string): string {
  let out = text.normalize('NFC')
  for (const value of DATA) out = out.split(value.normalize('NFC')).join(' ')
  return out
}

/** Takes out JSON shapes shown in help (`{ unit, name, score }`), innermost first: field names are not words. */
function withoutShapes(text: string): string {
  let out = text
  for (let before = ''; before !== out; ) {
    before = out
    out = out.replace(/\{[^{}]*\}/g, ' ')
  }
  return out
}

function withoutData(text: string): string {
  const values = withoutDataValues(text)
    .replace(/\$ chiso [^\n]*/g, ' ') // commands shown for the reader to type
    .replace(/chiso import (?:coinr|survey|methodology)\b/g, ' ') // a subcommand's name in its usage line
    .replace(/[[{]"[^\n]*/g, ' ') // structured values shown as JSON (a diff's before and after)
    // a schema's type name glossed after its Vietnamese words, as the YAML would name it: "một số (number)"
    .replace(/\((?:string|number|boolean|object|array|null|undefined|date|bigint|record)\)/g, ' ')
  return withoutShapes(values)
    .replace(/"[^"\n]*"/g, ' ') // quoted values: an option's choices and defaults, literal cells
    .replace(/\S+,\S+/g, ' ') // a table's header row shown as written (rank,unit,name,…)
    .replace(/^ {2}[a-z-]+(?= )/gm, ' ') // command names at the start of help's list of commands
    .replace(/--kind \w+/g, ' ') // an option's value named in a sentence
    .replace(/--?[a-z][\w-]*/gi, ' ') // options
    .replace(/<[^>\s]+>|\[[^\]\s]+\]/g, ' ') // argument names in usage lines
    .replace(/\S*[./\\@:_]\S*/g, ' ') // file names, paths, references, codes, fingerprints
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // unit and node codes
    .replace(/\b[A-Z0-9_]{2,}\b/g, ' ') // error and diagnostic codes, acronyms
}

const ENGLISH_WORDS = new Set(
  (
    'the and of with error errors wrote unit units not is are for cannot usage options hint missing invalid ' +
    'found more see run runs file files rank index points change changes warning note cells used ignored ' +
    'rejected observations valid leaves seed median factor uncertain carried could which show print write ' +
    'methodology dataset data command commands help default choices arguments ' +
    'survey checks respondent respondents answer answers indicator indicators spread sample item header ' +
    'row column expected number date spreadsheet formula thousands ambiguous duplicate'
  ).split(' '),
)

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

function englishWordsIn(text: string): string[] {
  const words = withoutData(text).match(/\p{L}+/gu) ?? []
  return [...new Set(words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase())))]
}

function vietnameseIn(text: string): string[] {
  // Help wraps its lines: a gloss may be split over two.
  let out = withoutDataValues(text).replace(/\s+/g, ' ')
  for (const gloss of [...GLOSSES].sort((a, b) => b.length - a.length))
    out = out.split(gloss).join(' ').split(gloss.toLowerCase()).join(' ')
  return (withoutData(out).match(/\S+/g) ?? []).filter((word) => VIETNAMESE_LETTER.test(word))
}

describe('every output is in one language', () => {
  it.each(COMMANDS.map((command) => [command.args.join(' '), command] as const))(
    'chiso %s',
    async (_name, { args, code, stdout }) => {
      const vi = await runCli([...args, '--lang', 'vi'], { cwd: ROOT })
      const en = await runCli(['--lang', 'en', ...args], { cwd: ROOT })
      expect([vi.code, en.code]).toEqual([code, code])
      const shown = (result: { stdout: string; stderr: string }) =>
        stdout === false ? result.stderr : `${result.stdout}\n${result.stderr}`
      expect(shown(vi).trim()).not.toBe('')
      expect(englishWordsIn(shown(vi))).toEqual([])
      expect(vietnameseIn(shown(en))).toEqual([])
    },
  )

  it('catches mixed output', () => {
    expect(englishWordsIn('lỗi: không đọc được tệp\nwrote bang-diem.csv (27 units)')).toEqual([
      'wrote',
      'units',
    ])
    expect(englishWordsIn('đã ghi bang-diem.csv (27 đơn vị)')).toEqual([])
    expect(vietnameseIn('error: cannot read tệp.csv: không có')).toEqual(['không', 'có'])
    expect(vietnameseIn('Thành phố Thanh Hóa is rank 1')).toEqual([])
  })
})

// Errors that carry a reason code are said whole in Vietnamese: with their values (what was given, the code
// asked for, the versions there are), without core's English sentence, and without the line that sends the
// reader to `--lang en` for the details.
const CODED: ReadonlyArray<{ args: string[]; values: string[]; english: string[] }> = [
  { args: ['validate', INVALID], values: ['"mười"'], english: ['expected a decimal string'] },
  {
    args: ['validate', SCHEMA_ERRORS],
    values: ['"titel"', '"title"', '"half-up"|"half-even"|"down"|"up"', '≥ 0'],
    english: [
      'Unrecognized key',
      'the required key',
      'Invalid option',
      'Invalid input',
      'expected a decimal',
    ],
  },
  {
    args: ['score', SCHEMA_ERRORS, D],
    values: ['"titel"', '"title"', 'tree[1].code'],
    english: ['Unrecognized key', 'the required key', 'received number'],
  },
  {
    args: ['validate', TREE_ERRORS],
    values: ['"1"', 'tree[0]', '"9.9"', '{ use: "chiso/points" }'],
    english: ['duplicate node code', 'a leaf needs a rule', 'no node has code'],
  },
  {
    args: ['score', 'pci@2099', D],
    values: ['"pci@2099"', '2014.0.0'],
    english: ['no methodology in the catalogue', 'versions of'],
  },
  {
    args: ['explain', M, D, '--unit', 'khong-co'],
    values: ['"khong-co"', 'tp-thanh-hoa'],
    english: ['known:'],
  },
  {
    args: ['explain', M, D, '--unit', 'dong-son', '--node', '9.9'],
    values: ['"9.9"', '1.1.1'],
    english: ['known:'],
  },
  {
    args: ['score', M, D, '--plugin', 'chiso-plugin-khong-co'],
    values: ['"chiso-plugin-khong-co"', 'pnpm add chiso-plugin-khong-co'],
    english: ['is not installed', 'install it in the project'],
  },
  {
    args: ['score', M, NO_UNIT_COLUMN],
    values: ['"unit"', '"Mã đơn vị"', '50', 'unit,name,<'],
    english: ['no header row with a', 'name the unit column'],
  },
]

describe('coded errors are said with their values in Vietnamese', () => {
  it.each(CODED.map((entry) => [entry.args.join(' '), entry] as const))(
    'chiso %s',
    async (_name, { args, values, english }) => {
      const vi = await runCli([...args, '--lang', 'vi'], { cwd: ROOT })
      const en = await runCli([...args, '--lang', 'en'], { cwd: ROOT })
      const [said, told] = [`${vi.stdout}${vi.stderr}`, `${en.stdout}${en.stderr}`]
      for (const value of values) {
        expect(said).toContain(value)
        expect(told).toContain(value)
      }
      for (const sentence of english) {
        expect(said).not.toContain(sentence)
        expect(told).toContain(sentence)
      }
      expect(said).not.toContain('--lang en')
    },
  )
})

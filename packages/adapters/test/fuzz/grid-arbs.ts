// Generated tables (test-only): wide and long grids of plausible and hostile cells, as a CSV author writes them.
import { fc } from '@fast-check/vitest'

/** Leaf codes the generated headers use. */
export const LEAVES = ['1.1', '1.2', '2', '2.1.3', '3']

/** One cell's text: numbers in every local format, not-applicable markers, junk, quotes and delimiters. */
export const cellTextArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 100 }).map(String), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      '',
      '',
      ' ',
      '7,5',
      '7.5',
      '1.234,5',
      '1,234.5',
      '95%',
      '-0',
      'NA',
      'N/A',
      'KAD',
      'không áp dụng',
      'có',
      'x',
      'abc',
      '=1+1',
      '=HYPERLINK("http://x")',
      "'-2",
      '1e400',
      '-1e-400',
      'NaN',
      'Infinity',
      '1e3',
      '0x1F',
      '"quoted"',
      'a,b',
      'a;b',
      'a\tb',
      'line\nbreak',
      '\uFEFF1',
      '\u00A01\u00A0',
      '١٢٣',
    ),
    weight: 4,
  },
  { arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => '9'.repeat(n)), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
)

const unitArb = fc.oneof(
  fc.constantFrom('A', 'B', 'C', 'D', 'E', 'HN', 'hn', 'Hà Nội', ''),
  fc.string({ minLength: 1, maxLength: 3 }),
)

/** A wide grid: an optional title row, a header `unit,name,<codes…>` (maybe with junk headers) and unit rows. */
export const wideGridArb: fc.Arbitrary<string[][]> = fc
  .record({
    title: fc.boolean(),
    headers: fc.uniqueArray(
      fc.oneof(
        fc.constantFrom(...LEAVES),
        fc.constantFrom('Ghi chú', '', 'name', '1.1:done', '1.1@survey', 'x y'),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    rows: fc.array(fc.tuple(unitArb, fc.array(cellTextArb, { minLength: 7, maxLength: 7 })), {
      maxLength: 12,
    }),
  })
  .map(({ title, headers, rows }) => [
    ...(title ? [['Chỉ số CCHC (illustrative)']] : []),
    ['unit', 'name', ...headers],
    ...rows.map(([unit, cells]) => [unit, `Unit ${unit}`, ...cells.slice(0, headers.length)]),
  ])

/** A long grid: `unit,node,value[,field][,source]` rows. */
export const longGridArb: fc.Arbitrary<string[][]> = fc
  .record({
    field: fc.boolean(),
    source: fc.boolean(),
    rows: fc.array(
      fc.tuple(
        unitArb,
        fc.oneof(fc.constantFrom(...LEAVES), fc.constantFrom('', 'x y', '..', 'tree')),
        cellTextArb,
        fc.constantFrom('value', 'done', 'total', '', '1bad'),
        fc.constantFrom('self', 'survey', 'appraisal', 'statistic', '', 'nobody'),
      ),
      { maxLength: 20 },
    ),
  })
  .map(({ field, source, rows }) => [
    ['unit', 'node', 'value', ...(field ? ['field'] : []), ...(source ? ['source'] : [])],
    ...rows.map(([u, n, v, f, s]) => [u, n, v, ...(field ? [f] : []), ...(source ? [s] : [])]),
  ])

/** Rows with cells dropped or added at random: what a hand-edited CSV looks like. */
export function raggedArb(grid: string[][]): fc.Arbitrary<string[][]> {
  return fc
    .array(fc.integer({ min: -2, max: 2 }), { minLength: grid.length, maxLength: grid.length })
    .map((deltas) =>
      grid.map((row, i) => {
        const delta = deltas[i] ?? 0
        return delta >= 0
          ? [...row, ...Array<string>(delta).fill('9')]
          : row.slice(0, Math.max(1, row.length + delta))
      }),
    )
}

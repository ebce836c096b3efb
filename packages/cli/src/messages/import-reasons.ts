import type { ReasonCode } from '@chiso/adapters'

/** The values a coded reason names, as the adapters attach them (`reasonParams`). */
type Params = Readonly<Record<string, string>>

/**
 * The reasons of an import report that carry a stable code (`reasonCode`, `reasonParams`), said in each
 * language. The English sentence is the adapters' own `reason` text, word for word (a table test checks it for
 * every code), so `--lang en` reads as it always did; the Vietnamese one says the same. A reason without a code
 * is said by the general sentence of `IMPORT_MESSAGES`.
 *
 * @example
 * ```ts
 * IMPORT_REASON_MESSAGES.vi['not-a-leaf']({ header: 'Ghi chú' })
 * // 'tiêu đề "Ghi chú" không phải mã tiêu chí lá (ánh xạ nó bằng tệp ánh xạ cột)'
 * ```
 */
export const IMPORT_REASON_MESSAGES = {
  vi: {
    'not-a-number': (p: Params) =>
      `cột "${p.column}", đơn vị "${p.unit}": cần một số (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không, hoặc ô trống`,
    'no-unit-code': () => 'dòng không có mã đơn vị',
    'duplicate-unit': (p: Params) =>
      `đơn vị "${p.unit}" bị lặp (lần đầu ở ${p.line === 'column' ? 'cột' : 'dòng'} ${p.first})`,
    'not-a-leaf': (p: Params) =>
      `tiêu đề "${p.header}" không phải mã tiêu chí lá (ánh xạ nó bằng tệp ánh xạ cột)`,
    'no-such-leaf': (p: Params) => `bộ chỉ số không có tiêu chí lá "${p.node}"`,
    'no-header': () => 'không có tiêu đề',
    'value-without-header': () => 'có giá trị trong một cột không có tiêu đề',
  },
  en: {
    'not-a-number': (p: Params) =>
      `column "${p.column}", unit "${p.unit}": expected a number (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không (yes/no), or an empty cell`,
    'no-unit-code': () => 'the row has no unit code',
    'duplicate-unit': (p: Params) => `duplicate unit "${p.unit}" (first in ${p.line} ${p.first})`,
    'not-a-leaf': (p: Params) => `the header "${p.header}" is not a leaf code (map it with a mapping file)`,
    'no-such-leaf': (p: Params) => `the methodology has no leaf "${p.node}"`,
    'no-header': () => 'no header',
    'value-without-header': () => 'a value in a column without a header',
  },
} as const satisfies Record<'vi' | 'en', Record<ReasonCode, (params: Params) => string>>

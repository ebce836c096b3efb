/**
 * The words of the text output of `chiso diff` (what changed between two methodology versions) and
 * `chiso rebase` (data carried over to a new version).
 *
 * @example
 * ```ts
 * VERSIONING_MESSAGES.vi.changes(2) // '2 thay đổi'
 * VERSIONING_MESSAGES.en.changes(1) // '1 change'
 * ```
 */
export const VERSIONING_MESSAGES = {
  vi: {
    kinds: {
      'methodology-changed': 'sửa',
      'node-added': 'thêm',
      'node-removed': 'bỏ',
      'node-moved': 'chuyển chỗ',
      'node-renamed': 'đổi tên',
      'node-changed': 'sửa',
    } as Record<string, string>,
    noChanges: 'không có thay đổi',
    changes: (count: number) => `${count} thay đổi`,
    headers: { change: 'Thay đổi', node: 'Tiêu chí', field: 'Trường', before: 'Trước', after: 'Sau khi đổi' },
    methodology: '(bộ chỉ số)',
    position: 'vị trí',
    title: 'tên',
    max: (max: string) => `tối đa ${max}`,
    topLevel: 'cấp cao nhất',
    under: (parent: string) => `thuộc ${parent}`,
    carried: (carried: number, total: number) => `đã chuyển ${carried} trên ${total} giá trị`,
    notCarried: (count: number) => `; ${count} giá trị không chuyển được:`,
    rebaseHeaders: {
      reason: 'Lý do',
      unit: 'Đơn vị',
      node: 'Tiêu chí',
      field: 'Trường',
      value: 'Giá trị',
      from: 'Nguồn',
      why: 'Giải thích',
    },
    missing: '(thiếu)',
    noData: 'không có số liệu',
    uncovered: (count: number, codes: string) => `cho ${count} tiêu chí mới của phiên bản mới: ${codes}`,
    seeDetails: 'xem giải thích bằng --lang en',
  },
  en: {
    kinds: {
      'methodology-changed': 'changed',
      'node-added': 'added',
      'node-removed': 'removed',
      'node-moved': 'moved',
      'node-renamed': 'renamed',
      'node-changed': 'changed',
    } as Record<string, string>,
    noChanges: 'no changes',
    changes: (count: number) => `${count} change${count === 1 ? '' : 's'}`,
    headers: { change: 'Change', node: 'Node', field: 'Field', before: 'Before', after: 'After' },
    methodology: '(methodology)',
    position: 'position',
    title: 'title',
    max: (max: string) => `max ${max}`,
    topLevel: 'top level',
    under: (parent: string) => `under ${parent}`,
    carried: (carried: number, total: number) =>
      `carried ${carried} of ${total} observation${total === 1 ? '' : 's'} over`,
    notCarried: (count: number) => `; ${count} could not be:`,
    rebaseHeaders: {
      reason: 'Reason',
      unit: 'Unit',
      node: 'Node',
      field: 'Field',
      value: 'Value',
      from: 'From',
      why: 'Why',
    },
    missing: '(missing)',
    noData: 'no data',
    uncovered: (count: number, codes: string) =>
      `for the new version's ${count} new criteri${count === 1 ? 'on' : 'a'}: ${codes}`,
    seeDetails: 'see the explanation with --lang en',
  },
} as const

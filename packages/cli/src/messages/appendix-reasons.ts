import { APPENDIX_REASON_SENTENCES, type AppendixReasonCode } from '../appendix/appendix-reason.js'

/** The values an appendix reason names, as the reader attaches them; absent values are undefined. */
type Params = Readonly<Record<string, string | undefined>>

/**
 * Every reason `chiso import methodology` gives about an appendix table (a rejected cell, a note), said in
 * each language. The English sentences are the reader's own table (`APPENDIX_REASON_SENTENCES`); the Vietnamese one says the same, naming the same values.
 *
 * @example
 * ```ts
 * APPENDIX_REASON_MESSAGES.vi['duplicate-stt']({ stt: '1.2', first: '9' }) // 'STT 1.2 bị lặp (lần đầu ở dòng 9)'
 * ```
 */
export const APPENDIX_REASON_MESSAGES = {
  vi: {
    'no-stt': (p: Params) => `một dòng có nội dung nhưng không có STT ("${p.content}")`,
    'before-area': (p: Params) => `STT ${p.stt} đứng trước mọi lĩnh vực (I, II, …)`,
    'unreadable-stt': (p: Params) =>
      `STT "${p.stt}" không phải số La Mã (I, II…) cũng không phải các số nối bằng dấu chấm (1, 1.2, 1.2.3)`,
    'duplicate-stt': (p: Params) => `STT ${p.stt} bị lặp (lần đầu ở dòng ${p.first})`,
    'no-parent': (p: Params) => `STT ${p.stt} không có dòng cha ở trên (${p.parent})`,
    'max-not-number': (p: Params) =>
      `${p.kind === 'weight' ? 'trọng số' : 'điểm tối đa'} "${p.value}" không phải một số`,
    'duplicate-code': (p: Params) => `mã ${p.code} bị lặp (lần đầu ở dòng ${p.first})`,
    'no-content': (p: Params) => `tiêu chí ${p.stt} không có nội dung (tên tiêu chí)`,
    'children-sum': (p: Params) =>
      `điểm tối đa của ${p.stt} là ${p.max}, nhưng ${p.count} tiêu chí con cộng lại được ${p.sum}`,
    'total-sum': (p: Params) => `dòng tổng ghi ${p.total}, nhưng các lĩnh vực cộng lại được ${p.sum}`,
    'no-criteria': () => 'bảng không có tiêu chí nào dưới dòng tiêu đề',
    'no-maximum': (p: Params) => `tiêu chí ${p.stt} không có điểm tối đa`,
    'unused-column': () => 'ô ở một cột mà bảng không dùng: bỏ qua',
    'differs-from-carried': (p: Params) =>
      `${p.code}: khác với bộ chỉ số mà sổ mang theo (${p.carried}); dùng nội dung và điểm tối đa của bảng`,
    'unknown-source': (p: Params) =>
      `${p.code}: nguồn "${p.source}" không thuộc ${p.sources}: giữ lại trong phần mô tả`,
    'no-one-rule': (p: Params) =>
      `${p.code}: phần hướng dẫn chấm không nêu đúng một quy tắc: dùng chiso/points (chấm điểm trực tiếp), giữ văn bản làm phần mô tả — hãy kiểm tra lại`,
    'new-version-needed': (p: Params) =>
      `bảng khác với bộ chỉ số mà sổ mang theo (${p.carried}): hãy đặt cho kết quả một --methodology-version mới`,
  },
  // English is the reader's own sentences (what the notes and JSON carry): one table, not a copy.
  en: APPENDIX_REASON_SENTENCES,
} as const satisfies Record<'vi' | 'en', Record<AppendixReasonCode, (params: Params) => string>>

import { dec } from '../decimal/decimal.js'
import type { Plugin } from '../plugin/contract.js'
import type { MethodologyNode, PluginCall } from '../schema/node.js'
import type { BilingualText } from './appendix-model.js'

type Options = Record<string, unknown>

/** A decimal string as Vietnamese writes it (decimal comma): `1.5` → `1,5`. */
export function viNumber(value: string): string {
  return value.replace('.', ',')
}

const pts = (value: string): BilingualText => ({
  vi: `${viNumber(value)} điểm`,
  en: `${value} point${dec(value).eq(1) ? '' : 's'}`,
})

const text = (option: unknown): string => (typeof option === 'string' ? option : String(option ?? ''))

/**
 * The scoring guidance of a leaf, in Vietnamese and English, generated from its rule and the rule's options
 * (defaults explicit). Rules chiso does not know fall back to the description in their plugin's metadata,
 * then to the rule id.
 */
export function ruleGuidance(node: MethodologyNode, plugins: ReadonlyArray<Plugin>): BilingualText {
  const rule = node.rule!
  const options = (rule.with ?? {}) as Options
  const max = node.max
  const full = text(options.points ?? max ?? '')
  switch (rule.use) {
    case 'chiso/yes-no': {
      const yes = pts(full)
      const no = pts(text(options.whenNo ?? '0'))
      const [a, b] = options.invert === true ? [no, yes] : [yes, no]
      return { vi: `Có: ${a.vi}; không: ${b.vi}.`, en: `Yes: ${a.en}; no: ${b.en}.` }
    }
    case 'chiso/bands':
      return bandsGuidance(options)
    case 'chiso/proportional': {
      const share =
        options.over === 'value'
          ? { vi: 'giá trị', en: 'the value' }
          : { vi: 'tỷ lệ (đã thực hiện ÷ tổng số)', en: 'the share (done ÷ total)' }
      const target = text(options.full ?? '1')
      const reach = dec(target).eq(1)
        ? { vi: '', en: '' }
        : {
            vi: `; đạt ${percent(target)} trở lên được điểm tối đa`,
            en: `; full points from ${percent(target)}`,
          }
      return {
        vi: `Điểm theo ${share.vi}: ${viNumber(full)} × ${share.vi}${reach.vi}, tối đa ${pts(full).vi}.`,
        en: `Points in proportion to ${share.en}: ${full} × ${share.en}${reach.en}, at most ${pts(full).en}.`,
      }
    }
    case 'chiso/deduction': {
      const start = text(options.start ?? max ?? '')
      const per = text(options.per)
      const floor = text(options.floor ?? '0')
      return {
        vi: `Tối đa ${pts(start).vi}; trừ ${pts(per).vi} cho mỗi trường hợp; thấp nhất ${pts(floor).vi}.`,
        en: `${pts(start).en}, minus ${pts(per).en} per occurrence, not below ${pts(floor).en}.`,
      }
    }
    case 'chiso/survey': {
      if (options.mode === 'mean') {
        const scale = (options.scale ?? {}) as { min?: string; max?: string }
        return {
          vi: `Điều tra xã hội học: điểm trung bình trên thang ${viNumber(text(scale.min))}–${viNumber(text(scale.max))}, quy đổi tuyến tính ra tối đa ${pts(full).vi}.`,
          en: `Survey: mean rating on a ${text(scale.min)}–${text(scale.max)} scale, scaled linearly to at most ${pts(full).en}.`,
        }
      }
      return {
        vi: `Điều tra xã hội học: tỷ lệ hài lòng × ${pts(full).vi}.`,
        en: `Survey: share of satisfied respondents × ${pts(full).en}.`,
      }
    }
    case 'chiso/points':
      return {
        vi: `Điểm chấm (thẩm định) trực tiếp, từ 0 đến ${pts(full).vi}.`,
        en: `Points awarded directly (appraised), from 0 to ${pts(full).en}.`,
      }
    case 'chiso/value':
      return {
        vi: 'Giá trị của chỉ tiêu, dùng nguyên giá trị.',
        en: 'The indicator value, used as it is.',
      }
    default:
      return fallback(rule, plugins)
  }
}

/** What a normaliser adds to a leaf's guidance. */
export function normaliserGuidance(call: PluginCall, plugins: ReadonlyArray<Plugin>): BilingualText {
  const options = (call.with ?? {}) as Options
  if (call.use === 'chiso/min-max') {
    const l = text(options.l ?? '0')
    const u = text(options.u ?? '100')
    return {
      vi: `Quy đổi min–max giữa các đơn vị về thang ${viNumber(l)}–${viNumber(u)}.`,
      en: `Rescaled min–max across units to ${l}–${u}.`,
    }
  }
  const item = plugins.flatMap((plugin) => plugin.normalisers ?? []).find((n) => n.id === call.use)
  const description = item?.meta.description ?? call.use
  return { vi: `Chuẩn hoá: ${item?.meta.titleVi ?? description}.`, en: `Normalised: ${description}` }
}

function fallback(rule: PluginCall, plugins: ReadonlyArray<Plugin>): BilingualText {
  const item = plugins.flatMap((plugin) => plugin.rules ?? []).find((r) => r.id === rule.use)
  if (!item) return { vi: `Quy tắc ${rule.use}.`, en: `Rule ${rule.use}.` }
  const en = item.meta.description ?? item.meta.title
  return { vi: item.meta.titleVi ? `${item.meta.titleVi} (${rule.use}).` : en, en }
}

function percent(share: string): string {
  return `${dec(share).times(100).toFixed()} %`
}

function bandsGuidance(options: Options): BilingualText {
  const over = text(options.over ?? 'value')
  const bands = (options.bands ?? []) as Array<{ atLeast?: string; atMost?: string; points: string }>
  const show = (threshold: string) =>
    over === 'share' ? percent(threshold) : over === 'percent' ? `${threshold} %` : threshold
  const showVi = (threshold: string) => viNumber(show(threshold))
  const ordered = [...bands].sort((a, b) =>
    a.atLeast !== undefined && b.atLeast !== undefined
      ? dec(b.atLeast).cmp(a.atLeast)
      : dec(a.atMost ?? '0').cmp(b.atMost ?? '0'),
  )
  const vi = ordered.map((band) =>
    band.atLeast !== undefined
      ? `từ ${showVi(band.atLeast)} trở lên: ${pts(band.points).vi}`
      : `đến ${showVi(band.atMost!)}: ${pts(band.points).vi}`,
  )
  const en = ordered.map((band) =>
    band.atLeast !== undefined
      ? `≥ ${show(band.atLeast)}: ${pts(band.points).en}`
      : `≤ ${show(band.atMost!)}: ${pts(band.points).en}`,
  )
  const below = text(options.below ?? '0')
  const subject =
    over === 'value' ? { vi: 'Theo giá trị', en: 'By value' } : { vi: 'Theo tỷ lệ', en: 'By share' }
  return {
    vi: `${subject.vi}: ${vi.join('; ')}; còn lại: ${pts(below).vi}.`,
    en: `${subject.en}: ${en.join('; ')}; otherwise ${pts(below).en}.`,
  }
}

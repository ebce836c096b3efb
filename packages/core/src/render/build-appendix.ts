import { dec } from '../decimal/decimal.js'
import { explicitMethodology } from '../model/explicit-methodology.js'
import { builtinPlugin } from '../plugin/builtin-plugin.js'
import type { Plugin } from '../plugin/contract.js'
import { type LocalizedText, localize } from '../schema/localized-text.js'
import type { MethodologyNode, Source } from '../schema/node.js'
import { fingerprintOf } from '../versioning/fingerprint.js'
import type { AppendixRow, AppendixTable, BilingualText } from './appendix-model.js'
import { normaliserGuidance, ruleGuidance } from './guidance.js'

const SOURCES: Record<Source, BilingualText> = {
  self: { vi: 'Tự đánh giá', en: 'Self-assessment' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  survey: { vi: 'Điều tra xã hội học', en: 'Survey' },
  statistic: { vi: 'Số liệu thống kê', en: 'Statistics' },
}

const LEVELS: ReadonlyArray<AppendixRow['level']> = ['area', 'criterion', 'sub-criterion']

/**
 * Options of {@link buildAppendix}.
 *
 * @example
 * ```ts
 * const options: AppendixOptions = { plugins: [acmePlugin] } // guidance for acme's rules from their metadata
 * ```
 *
 * @category Rendering
 */
export interface AppendixOptions {
  /** Plugins whose rules the methodology uses: their metadata describes rules chiso does not know. */
  plugins?: ReadonlyArray<Plugin>
}

/**
 * Builds the appendix table (*phụ lục*) of a methodology: STT, area / criterion / sub-criterion, maximum
 * points (or weight), scoring guidance generated from each rule and its options in Vietnamese and English, and
 * the source of the points (appraisal, survey…). Rows follow the tree, depth first.
 *
 * @example
 * ```ts
 * const table = buildAppendix(resolveMethodology('par-index.province@2022'))
 * table.rows[0]
 * // { stt: 'I', code: 'appraisal', level: 'area', title: { vi: 'Điểm thẩm định', en: 'Appraisal' }, max: '61.5',
 * //   guidance: { vi: 'Điểm chấm (thẩm định) trực tiếp, từ 0 đến 61,5 điểm. …', en: '…' },
 * //   source: { vi: 'Thẩm định', en: 'Appraisal' }, … }
 * ```
 *
 * @category Rendering
 */
export function buildAppendix(methodology: unknown, options: AppendixOptions = {}): AppendixTable {
  const m = explicitMethodology(methodology)
  const plugins = [builtinPlugin, ...(options.plugins ?? [])]
  const isPoints = m.result.type === 'points'
  const rows: AppendixRow[] = []
  const visit = (node: MethodologyNode, depth: number, stt: string) => {
    const own = bilingual(node.description)
    let guidance: BilingualText = { vi: '', en: '' }
    if (node.rule) {
      guidance = ruleGuidance(node, plugins)
      if (node.normalise) guidance = join(guidance, normaliserGuidance(node.normalise, plugins))
    }
    if (own) guidance = join(guidance, own)
    rows.push({
      stt,
      code: node.code,
      level: LEVELS[depth - 1] ?? 'deeper',
      depth,
      title: bilingual(node.title)!,
      max: node.max ?? null,
      weight: isPoints ? null : (node.weight ?? '1'),
      guidance,
      source: node.source ? SOURCES[node.source] : null,
    })
    node.children?.forEach((child, index) => {
      visit(child, depth + 1, depth === 1 ? String(index + 1) : `${stt}.${index + 1}`)
    })
  }
  m.tree.forEach((node, index) => {
    visit(node, 1, roman(index + 1))
  })
  const notes: BilingualText[] = []
  if (m.status === 'illustrative') {
    notes.push({
      vi: 'MINH HỌA — không phải bộ chỉ số chính thức.',
      en: 'ILLUSTRATIVE — not an official methodology.',
    })
  }
  if (m.status === 'draft') notes.push({ vi: 'DỰ THẢO.', en: 'DRAFT.' })
  if (m.coverage === 'components') {
    notes.push({
      vi: 'Chỉ mã hoá các cấp trên; các tiêu chí chi tiết chưa được mã hoá.',
      en: 'Component level: only the upper levels are encoded; the detailed criteria are not.',
    })
  }
  const maxima = m.tree.map((node) => node.max)
  return {
    id: m.id,
    version: m.version,
    fingerprint: fingerprintOf(m),
    title: bilingual(m.title)!,
    kind: m.result.type,
    status: m.status,
    coverage: m.coverage,
    basis: m.basis.map((basis) =>
      [basis.document, basis.date, basis.issuer].filter((part) => part !== undefined).join(', '),
    ),
    notes,
    rows,
    total:
      isPoints && maxima.every((max) => max !== undefined)
        ? maxima.reduce((sum, max) => sum.plus(max!), dec(0)).toFixed()
        : null,
  }
}

function bilingual(text: LocalizedText | undefined): BilingualText | undefined {
  if (text === undefined) return undefined
  return { vi: localize(text, 'vi'), en: localize(text, 'en') }
}

function join(a: BilingualText, b: BilingualText): BilingualText {
  const glue = (x: string, y: string) => (x === '' ? y : y === '' ? x : `${x} ${y}`)
  return { vi: glue(a.vi, b.vi), en: glue(a.en, b.en) }
}

function roman(n: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let out = ''
  let rest = n
  for (const [value, symbol] of numerals) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

import {
  explain,
  localize,
  type Methodology,
  type MethodologyNode,
  type NodeResult,
  type Scorecard,
} from '@chiso/core'

/**
 * The `chiso explain` view of one unit: core's header (index, rank, band) and diagnostics around an indented
 * tree that follows the methodology's order (areas, then their criteria, then sub-criteria), each node with
 * its points and applicable maximum (or its value, for composites).
 *
 * @example
 * ```ts
 * formatExplainTree(card, methodology, { unit: 'DN' })
 * // DN Đà Nẵng — Chỉ số CCHC thử nghiệm test.points@1.0.0 (sha256:da8218f4ccad…)
 * //   index 20.00 (exact 20) = 2 of 10 applicable points, rank 3, band C
 * //   1 Công tác chỉ đạo, điều hành: 2 of 10 points (20 %)
 * //     1.1 Kế hoạch CCHC: 2 of 4 points (50 %)
 * //     1.2 Tuyên truyền CCHC: 0 of 6 points (0 %)
 * //   2 Cải cách thủ tục hành chính: not applicable
 * ```
 */
export function formatExplainTree(
  scorecard: Scorecard,
  methodology: Methodology,
  options: { unit: string; language?: 'vi' | 'en' },
): string {
  const language = options.language ?? 'vi'
  const text = explain(scorecard, methodology, { unit: options.unit, language })
  const lines = text.split('\n')
  const diagnosticsAt = lines.indexOf('diagnostics:')
  const header = lines.slice(0, 2)
  const diagnostics = diagnosticsAt < 0 ? [] : lines.slice(diagnosticsAt)
  const unit = scorecard.units.find((candidate) => candidate.unit === options.unit)
  const body: string[] = []
  const walk = (nodes: ReadonlyArray<MethodologyNode>, depth: number) => {
    for (const node of nodes) {
      const result = unit?.nodes[node.code]
      body.push(
        `${'  '.repeat(depth + 1)}${node.code} ${localize(node.title, language)}: ${result ? summary(result) : '—'}`,
      )
      if (node.children) walk(node.children, depth + 1)
    }
  }
  walk(methodology.tree, 0)
  return [...header, ...body, ...diagnostics].join('\n')
}

function summary(result: NodeResult): string {
  if (result.status === 'na') return 'not applicable'
  if (result.status === 'missing') return 'missing (left out)'
  if (result.status === 'error') return 'error (see diagnostics)'
  return result.max === null
    ? `value ${result.score}`
    : `${result.score} of ${result.max} points (${result.index === null ? '—' : `${shorten(result.index)} %`})`
}

function shorten(text: string): string {
  const [whole, fraction] = text.split('.')
  return fraction && fraction.length > 4 ? `${whole}.${fraction.slice(0, 4)}…` : text
}

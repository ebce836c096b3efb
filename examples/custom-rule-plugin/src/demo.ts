// Scores a tiny, invented methodology that uses acme/on-time-share and prints the ranking.
// Run: pnpm --filter @chiso-examples/custom-rule-plugin start   (after `pnpm build`)
import { pathToFileURL } from 'node:url'
import { createEngine, type DatasetInput, type MethodologyInput } from '@chiso/core'
import { acme } from './index.js'

export const methodology: MethodologyInput = {
  id: 'acme.demo',
  version: '0.1.0',
  title: { vi: 'Chỉ số minh hoạ (không chính thức)', en: 'Illustrative index (not official)' },
  status: 'illustrative',
  unitKind: 'commune',
  plugins: ['acme'],
  result: { type: 'points' },
  bands: [
    { code: 'A', atLeast: '90' },
    { code: 'B', atLeast: '80' },
    { code: 'C', atLeast: '70' },
  ],
  tree: [
    {
      code: '1',
      title: { vi: 'Giải quyết thủ tục hành chính', en: 'Settling administrative procedures' },
      max: '5',
      children: [
        {
          code: '1.1',
          title: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Share of dossiers settled on time' },
          max: '3',
          rule: { use: 'acme/on-time-share', with: { floor: '0.5' } },
        },
        {
          code: '1.2',
          title: { vi: 'Có cổng dịch vụ công trực tuyến', en: 'Has an online public-service portal' },
          max: '2',
          rule: { use: 'chiso/yes-no' },
        },
      ],
    },
    {
      code: '2',
      title: { vi: 'Công khai, minh bạch', en: 'Transparency' },
      max: '5',
      source: 'appraisal',
      rule: { use: 'chiso/points' },
    },
  ],
}

// Synthetic data: four invented communes.
export const dataset: DatasetInput = {
  synthetic: true,
  units: [
    { code: 'xa-an-binh', name: 'Xã An Bình' },
    { code: 'xa-binh-minh', name: 'Xã Bình Minh' },
    { code: 'xa-cat-tien', name: 'Xã Cát Tiên' },
    { code: 'xa-dong-hoa', name: 'Xã Đông Hoà' },
  ],
  observations: [
    { unit: 'xa-an-binh', node: '1.1', field: 'done', value: '190' },
    { unit: 'xa-an-binh', node: '1.1', field: 'total', value: '200' },
    { unit: 'xa-an-binh', node: '1.2', value: true },
    { unit: 'xa-an-binh', node: '2', value: '4.5' },
    { unit: 'xa-binh-minh', node: '1.1', field: 'done', value: '0' },
    { unit: 'xa-binh-minh', node: '1.1', field: 'total', value: '0' },
    { unit: 'xa-binh-minh', node: '1.2', value: true },
    { unit: 'xa-binh-minh', node: '2', value: '3.75' },
    { unit: 'xa-cat-tien', node: '1.1', field: 'done', value: '70' },
    { unit: 'xa-cat-tien', node: '1.1', field: 'total', value: '100' },
    { unit: 'xa-cat-tien', node: '1.2', value: false },
    { unit: 'xa-cat-tien', node: '2', value: '5' },
    // Đông Hoà hands no dossiers to the district: the criterion does not apply (KAD), its 3 points leave the max.
    { unit: 'xa-dong-hoa', node: '1.1', field: 'done', value: 'NA' },
    { unit: 'xa-dong-hoa', node: '1.1', field: 'total', value: 'NA' },
    { unit: 'xa-dong-hoa', node: '1.2', value: true },
    { unit: 'xa-dong-hoa', node: '2', value: '4' },
  ],
}

/** The ranking as printable lines. */
export function rankingTable(): string[] {
  const card = createEngine({ plugins: [acme] })
    .compile(methodology)
    .evaluate(dataset)
  const lines = ['rank  unit             score / max   index   band']
  for (const unit of card.units) {
    lines.push(
      [
        String(unit.rank ?? '-').padEnd(6),
        (unit.name ?? unit.unit).padEnd(17),
        `${unit.score} / ${unit.max}`.padEnd(14),
        (unit.indexDisplay ?? '-').padEnd(8),
        unit.band ?? '-',
      ].join(''),
    )
  }
  for (const diagnostic of card.diagnostics) {
    lines.push(
      `${diagnostic.severity}: ${diagnostic.unit ?? ''} ${diagnostic.node ?? ''} ${diagnostic.code} — ${diagnostic.message}`,
    )
  }
  return lines
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of rankingTable()) console.log(line)
}

// The float floor of `pnpm bench:cli`: a plain float64 reader of the same wide CSV doing the least a scorer
// must — split the rows, parse every cell as a double, add the leaves into areas and a total, rank the units
// and write one JSON object per unit — with no validation, no exact decimals and no accounting. `chiso score`
// is reported as a ratio to this, measured in the same run.
//
//   node packages/core/bench/float-csv-reader.mjs DATA.csv OUT.json LEAVES_PER_AREA
import { readFileSync, writeFileSync } from 'node:fs'

const [dataFile, outFile, leavesText] = process.argv.slice(2)
const leavesPerArea = Number(leavesText)
const [header, ...rows] = readFileSync(dataFile, 'utf8').split('\n')
const leafCount = header.split(',').length - 2
const results = []
for (const row of rows) {
  if (row === '') continue
  const cells = row.split(',')
  const areas = []
  let total = 0
  for (let leaf = 0; leaf < leafCount; leaf++) {
    const value = Number.parseFloat(cells[leaf + 2])
    const area = Math.floor(leaf / leavesPerArea)
    areas[area] = (areas[area] ?? 0) + value
    total += value
  }
  results.push({ unit: cells[0], name: cells[1], total, areas })
}
const order = results.map((_, index) => index).sort((a, b) => results[b].total - results[a].total)
order.forEach((index, position) => {
  results[index].rank = position + 1
})
writeFileSync(outFile, JSON.stringify({ units: results }))

// The district example as Node reads it — the same files and readers as the page: the methodology YAML
// parsed with `yaml`, the CSV read with @chiso/adapters/csv (the page's build-time plugin).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type CompiledMethodology, createEngine, type Dataset, type MethodologyNode } from '@chiso/core'
import { parse } from 'yaml'
import { readDatasetFile } from '../build/dataset-plugin.js'

/** A file of examples/district-cchc. */
export const districtFile = (file: string) =>
  fileURLToPath(new URL(`../../district-cchc/${file}`, import.meta.url))

/** The compiled illustrative district methodology and its synthetic dataset. */
export function loadDistrictExample(): { compiled: CompiledMethodology; dataset: Dataset } {
  const compiled = createEngine().compile(
    parse(readFileSync(districtFile('district.methodology.yaml'), 'utf8')),
  )
  return { compiled, dataset: readDatasetFile(districtFile('districts-2023.synthetic.csv')) }
}

/** Every node of a tree by code. */
export function nodesByCode(tree: ReadonlyArray<MethodologyNode>): Map<string, MethodologyNode> {
  const nodes = new Map<string, MethodologyNode>()
  const visit = (node: MethodologyNode) => {
    nodes.set(node.code, node)
    node.children?.forEach(visit)
  }
  tree.forEach(visit)
  return nodes
}

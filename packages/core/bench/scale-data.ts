// Generated, deterministic data for the scale benchmarks: an additive points methodology of `areas` areas ×
// `leavesPerArea` leaves (max 1 each) and a wide CSV with one row per unit. Nothing here is an official figure.

/** The methodology as JSON text (JSON is valid YAML, so it can be saved as `.yaml` or `.json`). */
export function scaleMethodology(areas: number, leavesPerArea: number): string {
  const tree = Array.from({ length: areas }, (_, a) => ({
    code: `${a + 1}`,
    title: `Area ${a + 1}`,
    max: String(leavesPerArea),
    children: Array.from({ length: leavesPerArea }, (_, l) => ({
      code: `${a + 1}.${l + 1}`,
      title: `Leaf ${a + 1}.${l + 1}`,
      max: '1',
      rule: { use: 'chiso/points' },
    })),
  }))
  return JSON.stringify({
    id: 'scale-bench',
    version: '1.0.0',
    title: 'Scale benchmark (generated, illustrative)',
    result: { type: 'points' },
    tree,
  })
}

/** Leaf value of unit `u` at area `a`, leaf `l` (1-based): hundredths in [0, 1]. */
export function scaleValue(u: number, a: number, l: number): string {
  const hundredths = (u * 37 + a * 11 + l * 7) % 101
  return hundredths === 100 ? '1' : `0.${String(hundredths).padStart(2, '0')}`
}

/** The wide CSV: `unit,name,1.1,1.2,…` then one row per unit. */
export function scaleCsv(units: number, areas: number, leavesPerArea: number): string {
  const codes: string[] = []
  for (let a = 1; a <= areas; a++) for (let l = 1; l <= leavesPerArea; l++) codes.push(`${a}.${l}`)
  const lines = [`unit,name,${codes.join(',')}`]
  for (let u = 0; u < units; u++) {
    const cells = [`u${u}`, `Unit ${u}`]
    for (let a = 1; a <= areas; a++) for (let l = 1; l <= leavesPerArea; l++) cells.push(scaleValue(u, a, l))
    lines.push(cells.join(','))
  }
  return `${lines.join('\n')}\n`
}

// Options are data, as in a JSON file: a non-finite number (YAML's .nan, .inf) has no canonical form, so a
// fingerprint could not be computed. `PluginCallSchema` refuses them with their paths; the well-formed
// methodology path hands any methodology holding one to that schema.

/** The paths of the non-finite numbers inside a value (walked without recursion). */
export function nonFiniteNumbers(value: unknown): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = []
  const seen = new Set<unknown>()
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }]
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!
    if (typeof current === 'number' && !Number.isFinite(current)) found.push(path)
    if (typeof current !== 'object' || current === null || seen.has(current)) continue
    seen.add(current)
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current)
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] })
  }
  return found
}

// Counts what fuzz cases did (test-only), so a suite can say how many cases reached each stage instead of
// passing because every case failed early.
import { afterAll } from 'vitest'

/** A counter per outcome, printed once after the suite as `fuzz <suite>: N cases (a: x, b: y)`. */
export function fuzzTally(suite: string): (outcome: string) => void {
  const counts = new Map<string, number>()
  afterAll(() => {
    const cases = counts.get('case') ?? 0
    const rest = [...counts].filter(([key]) => key !== 'case').map(([key, n]) => `${key}: ${n}`)
    output(`fuzz ${suite}: ${cases} cases (${rest.join(', ')})`)
  })
  return (outcome) => counts.set(outcome, (counts.get(outcome) ?? 0) + 1)
}

// Core and the SDK are isomorphic (no DOM or Node types): reach the console through globalThis.
function output(line: string): void {
  ;(globalThis as { console?: { log(text: string): void } }).console?.log(line)
}

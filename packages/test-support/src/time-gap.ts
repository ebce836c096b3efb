// "Byte-identical" promises checked across a time gap: the same work done at two clock readings far apart
// (different years, days, hours and 2-second ZIP ticks) must give the same output. Only `Date` is faked, so
// timers, promises and I/O run as usual; no sleep.
import { vi } from 'vitest'

/** The two clock readings {@link atTwoTimes} runs at. */
export const TWO_TIMES: readonly [string, string] = ['2026-01-02T03:04:05.000Z', '2031-10-20T21:58:59.000Z']

/**
 * Runs `produce` with the clock set to each of {@link TWO_TIMES} and returns both results, for a test to
 * compare. The real clock is restored afterwards.
 *
 * @example
 * ```ts
 * const [a, b] = await atTwoTimes(() => scorecardToXlsx(card, methodology))
 * expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
 * ```
 */
export async function atTwoTimes<T>(produce: () => T | Promise<T>): Promise<[T, T]> {
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    vi.setSystemTime(new Date(TWO_TIMES[0]))
    const first = await produce()
    vi.setSystemTime(new Date(TWO_TIMES[1]))
    const second = await produce()
    return [first, second]
  } finally {
    vi.useRealTimers()
  }
}

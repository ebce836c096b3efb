// A small read-only handle on `window.__chiso` for automated checks (the browser test compares it with
// Node): nothing on the page shows it, and the scorecard is serialised only when asked for.

/** What the page exposes on `window.__chiso`. */
export interface PageHandle {
  /** `sha256:…` of the methodology, computed in the browser. */
  readonly fingerprint: string
  /** The current scorecard as JSON (`JSON.stringify`), computed in the browser. */
  scorecardJson(): string
  /** Milliseconds the last slider change took to re-score and re-render; null before the first. */
  readonly lastRerankMs: number | null
  /** Slider changes applied so far. */
  readonly reranks: number
}

declare global {
  interface Window {
    __chiso?: PageHandle
  }
}

/**
 * Publishes the handle on `window.__chiso`.
 *
 * @example
 * ```ts
 * exposeHandle({ fingerprint, scorecardJson: () => JSON.stringify(session.scorecard()), lastRerankMs: null, reranks: 0 })
 * ```
 */
export function exposeHandle(handle: PageHandle): void {
  window.__chiso = handle
}

// The chunks of a simulation's runs, handed out through one counter in shared memory: each thread (the
// calling one and every worker) takes the next chunk itself with an atomic increment, so a worker goes on to
// its next chunk without a message round trip to a calling thread that is busy with a chunk of its own.

/** A simulation's runs cut into chunks, and the shared counter of chunks taken (structured-clonable). */
export interface SharedChunks {
  readonly runs: number
  readonly chunkSize: number
  /** One Int32: the index of the next chunk to take (may run past the last one). */
  readonly taken: Int32Array
}

/**
 * Cuts `runs` into chunks of `chunkSize`, none taken yet.
 *
 * @example
 * ```ts
 * const chunks = sharedChunks(1000, 300) // chunks [0, 300), [300, 600), [600, 900), [900, 1000)
 * ```
 */
export function sharedChunks(runs: number, chunkSize: number): SharedChunks {
  return { runs, chunkSize, taken: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) }
}

/** How many chunks `chunks` has. */
export function chunkCount(chunks: SharedChunks): number {
  return Math.ceil(chunks.runs / chunks.chunkSize)
}

/** Runs `from` (inclusive) to `to` (exclusive) of chunk `k`. */
export function chunkRange(chunks: SharedChunks, k: number): [from: number, to: number] {
  return [k * chunks.chunkSize, Math.min(chunks.runs, (k + 1) * chunks.chunkSize)]
}

/**
 * Takes the next chunk for the calling thread (each chunk is taken by exactly one thread), or `undefined`
 * when all are taken.
 *
 * @example
 * ```ts
 * claimChunk(sharedChunks(10, 4)) // [0, 4]
 * ```
 */
export function claimChunk(chunks: SharedChunks): [from: number, to: number] | undefined {
  const k = Atomics.add(chunks.taken, 0, 1)
  return k < chunkCount(chunks) ? chunkRange(chunks, k) : undefined
}

/** Takes every chunk left, so that no thread starts another one. */
export function claimAll(chunks: SharedChunks): void {
  Atomics.store(chunks.taken, 0, chunkCount(chunks))
}

// The tallies of a survey: per unit, item and distinct answer, how many respondents gave it and the sum of their
// (scaled integer) weights, and per unit and item Σw². One respondent adds to every item of one unit, so the
// sums are laid out unit by unit in flat typed arrays: a row's additions land in one contiguous stretch of
// memory, which is what keeps the per-cell cost near a plain float loop's.

/**
 * The answer tallies of all items of a survey, per unit. Sums are plain numbers while every sum stays below
 * 2^53 (`big` false, which the caller checks from the weights before any addition), bigints otherwise.
 *
 * @example
 * ```ts
 * const tallies = new AnswerTallies(2, false, 16) // two items, room for 16 units
 * tallies.add(0, 1, 3, 125) // unit 0, item 1, answer 3, a weight of 1.25 in hundredths
 * tallies.count(0, 1, 3)    // 1
 * tallies.weight(0, 1, 3)   // 125n
 * ```
 */
export class AnswerTallies {
  /** Room for answers per item, for units, and the length of one unit's stretch (items × answer room). */
  private answerRoom = 8
  private unitRoom: number
  private stride: number
  private counts: Int32Array
  private weights: Float64Array
  private squares: Float64Array
  private bigWeights: bigint[]
  private bigSquares: bigint[]

  constructor(
    private readonly items: number,
    readonly big: boolean,
    units: number,
  ) {
    this.unitRoom = Math.max(1, units)
    this.stride = items * this.answerRoom
    const cells = this.unitRoom * this.stride
    this.counts = new Int32Array(cells)
    this.weights = new Float64Array(big ? 0 : cells)
    this.squares = new Float64Array(big ? 0 : this.unitRoom * items)
    this.bigWeights = big ? new Array<bigint>(cells).fill(0n) : []
    this.bigSquares = big ? new Array<bigint>(this.unitRoom * items).fill(0n) : []
  }

  /** Adds one respondent of unit `u` who gave answer `a` to item `k`, with weight `w` (plain-number sums). */
  add(u: number, k: number, a: number, w: number): void {
    if (a >= this.answerRoom) this.relayout(this.unitRoom, a + 1)
    const i = u * this.stride + k * this.answerRoom + a
    this.counts[i]!++
    this.weights[i]! += w
    this.squares[u * this.items + k]! += w * w
  }

  /** Adds one respondent like {@link add}, for bigint sums. */
  addBig(u: number, k: number, a: number, w: bigint): void {
    if (a >= this.answerRoom) this.relayout(this.unitRoom, a + 1)
    const i = u * this.stride + k * this.answerRoom + a
    this.counts[i]!++
    this.bigWeights[i] = this.bigWeights[i]! + w
    const j = u * this.items + k
    this.bigSquares[j] = this.bigSquares[j]! + w * w
  }

  /** Makes room for `units` units (before the first answer of a new unit is added). */
  growUnits(units: number): void {
    if (units > this.unitRoom) this.relayout(units, this.answerRoom)
  }

  /** Respondents of unit `u` who gave answer `a` to item `k`. */
  count(u: number, k: number, a: number): number {
    return a < this.answerRoom ? this.counts[u * this.stride + k * this.answerRoom + a]! : 0
  }

  /** The weight sum of answer `a` to item `k` in unit `u`. */
  weight(u: number, k: number, a: number): bigint {
    if (a >= this.answerRoom) return 0n
    const i = u * this.stride + k * this.answerRoom + a
    return this.big ? this.bigWeights[i]! : BigInt(this.weights[i]!)
  }

  /** Σw² over the respondents of unit `u` who answered item `k`. */
  sumOfSquares(u: number, k: number): bigint {
    const j = u * this.items + k
    return this.big ? this.bigSquares[j]! : BigInt(this.squares[j]!)
  }

  /** Moves the sums to arrays with room for at least `units` units and `answers` answers per item (doubled). */
  private relayout(units: number, answers: number): void {
    let unitRoom = this.unitRoom
    while (unitRoom < units) unitRoom *= 2
    let answerRoom = this.answerRoom
    while (answerRoom < answers) answerRoom *= 2
    const stride = this.items * answerRoom
    const cells = unitRoom * stride
    const counts = new Int32Array(cells)
    const weights = this.big ? new Float64Array(0) : new Float64Array(cells)
    const bigWeights = this.big ? new Array<bigint>(cells).fill(0n) : []
    for (let u = 0; u < this.unitRoom; u++)
      for (let k = 0; k < this.items; k++)
        for (let a = 0; a < this.answerRoom; a++) {
          const from = u * this.stride + k * this.answerRoom + a
          const to = u * stride + k * answerRoom + a
          counts[to] = this.counts[from]!
          if (this.big) bigWeights[to] = this.bigWeights[from]!
          else weights[to] = this.weights[from]!
        }
    // Σw² is per unit and item: its layout only grows at the end.
    if (this.big) while (this.bigSquares.length < unitRoom * this.items) this.bigSquares.push(0n)
    else {
      const squares = new Float64Array(unitRoom * this.items)
      squares.set(this.squares)
      this.squares = squares
    }
    this.counts = counts
    this.weights = weights
    this.bigWeights = bigWeights
    this.unitRoom = unitRoom
    this.answerRoom = answerRoom
    this.stride = stride
  }
}

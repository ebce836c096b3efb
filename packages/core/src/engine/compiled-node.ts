import type { Dec } from '../decimal/decimal.js'
import type { JsonPath } from '../errors/chiso-error.js'
import type {
  AggregatorDefinition,
  InputField,
  NodeInfo,
  NormaliserDefinition,
  RuleDefinition,
} from '../plugin/contract.js'
import type { LocalizedText } from '../schema/localized-text.js'
import type { MissingPolicy, Rounding } from '../schema/node.js'

/** A plugin item resolved at compile time, with its validated options and a JSON copy for traces. */
export interface Resolved<D> {
  readonly def: D
  readonly options: unknown
  readonly traceOptions: Record<string, unknown>
}

/**
 * A node after compilation. Nodes are stored in post-order (children before parents), so evaluating them
 * in array order computes every child before its parent; the root is last.
 */
export interface CompiledNode {
  /** Position in post-order. */
  readonly index: number
  readonly code: string
  readonly title: LocalizedText
  readonly path: JsonPath
  readonly info: NodeInfo
  /** Index of the parent, or -1 for the root. */
  readonly parent: number
  /** Indexes of the children, in declared order. */
  readonly children: ReadonlyArray<number>
  readonly depth: number
  readonly weight: Dec
  readonly declaredMax: Dec | null
  readonly missing: MissingPolicy
  readonly rule?: Resolved<RuleDefinition<unknown>> & {
    readonly fields: Readonly<Record<string, InputField>>
    readonly producesPoints: boolean
  }
  readonly aggregate?: Resolved<AggregatorDefinition<unknown>>
  readonly normalise?: Resolved<NormaliserDefinition<unknown>>
  readonly round?: Rounding
}

/** Code of the implicit root node that combines the top-level areas. It never appears in scorecards. */
export const ROOT_CODE = '$root'

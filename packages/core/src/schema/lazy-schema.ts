/**
 * A value built on its first use, standing in for it meanwhile: every property read, write, `in`, key listing
 * and prototype question goes to the built value. Core's schemas that a run seldom needs are built this way —
 * the scorecard, panel, targets, dataset, evidence, unit registry, crosswalk and owners formats, and the
 * built-in plugin's option schemas (built when a methodology first uses the item) — so importing
 * `@chiso/core` does not construct them: building zod schemas was the largest part of evaluating core at
 * start-up (docs/performance.md, start-up). The methodology's own schemas are built at import: every run
 * parses a methodology. `lazy-schemas.test.ts` compares each stand-in with its schema. A zod schema
 * reached through it parses, refines, composes (`z.array(schema)`, `schema.optional()`) and answers
 * `instanceof` exactly as the schema itself: zod reads everything through `schema._zod`, and its classes
 * recognise instances by that field.
 *
 * @example
 * ```ts
 * const Later = lazySchema(() => z.strictObject({ a: z.string() })) // nothing built yet
 * Later.parse({ a: 'x' }) // { a: 'x' }, built on this first call
 * ```
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined
  const value = (): T => {
    built ??= build()
    return built
  }
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = value()
      return Reflect.get(target, key, target)
    },
    set: (_, key, next) => {
      const target = value()
      return Reflect.set(target, key, next, target)
    },
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key)
      // The stand-in itself holds no property, so it may not report one as non-configurable.
      if (descriptor !== undefined) descriptor.configurable = true
      return descriptor
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(value(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(value(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
  })
}

/**
 * A function that builds a value on its first call and returns that same value on every call. Each file of the
 * methodology format builds its schemas this way, all at once, from each other (so zod sees one object per
 * schema), and exports {@link lazySchema} stand-ins for them: importing `@chiso/core` builds none of them, and a
 * run that reads its methodology without zod never does (docs/performance.md, start-up, sixth pass).
 *
 * @example
 * ```ts
 * const schemas = builtOnFirstUse(() => ({ Code: z.string().min(1) })) // nothing built yet
 * schemas().Code === schemas().Code // true: built once, on the first call
 * ```
 */
export function builtOnFirstUse<T>(build: () => T): () => T {
  let built: T | undefined
  let done = false
  return () => {
    if (!done) {
      built = build()
      done = true
    }
    return built as T
  }
}

// The `acme` plugin: an invented third-party namespace holding one rule. Register it explicitly:
// createEngine({ plugins: [acme] }); methodologies that use it list `plugins: ['acme']`.
import { definePlugin } from '@chiso/sdk'
import { onTimeShare } from './on-time-share.js'

export { type OnTimeShareOptions, OnTimeShareOptionsSchema, onTimeShare } from './on-time-share.js'

/**
 * The `acme` plugin (an example, not a real vendor): `acme/on-time-share`.
 *
 * @example
 * ```ts
 * import { createEngine } from '@chiso/core'
 * import { acme } from './index.js'
 * const engine = createEngine({ plugins: [acme] })
 * ```
 */
export const acme = definePlugin({ name: 'acme', version: '0.1.0', rules: [onTimeShare] })

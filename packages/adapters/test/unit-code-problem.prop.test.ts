import { UnitSchema } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'
import { unitCodeProblem } from '../src/table/table.js'

// Pieces of unit codes: plain letters, precomposed and combining marks (NFC or not), a character NFC makes
// two (U+0344), invisible characters, spaces, and runs that bring a code to about 200 characters.
const piece = fc.oneof(
  fc.constantFrom('HN', 'u1', 'Huế', 'Hue\u0301', '\u0344', '\u200b', '\u00ad', ' ', '\ufeff', 'é'),
  fc.integer({ min: 196, max: 200 }).map((length) => 'x'.repeat(length)),
)
const code = fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join(''))

describe('unitCodeProblem', () => {
  // The quick test of a plain code must say exactly what the schema says: letting 201 characters through, or
  // dropping the NFC comparison or the invisible-character test, turns this red.
  test.prop([code], propertyRuns(300))(
    'finds a problem exactly where the unit code schema refuses',
    (text) => {
      const accepted = UnitSchema.shape.code.safeParse(text).success
      expect(unitCodeProblem(text) === undefined).toBe(accepted)
    },
  )
})

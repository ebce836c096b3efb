import { isChisoError, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/index.js'
import { countInflatedBytes } from '../../src/xlsx/count-inflated.js'
import { checkZipSize, datasetToXlsx, readXlsx } from '../../src/xlsx/index.js'

// A workbook whose ZIP directory lies about its parts' sizes: the directory check (checkZipSize) trusts the
// declared sizes, so the guard must also count what the parts really inflate to.
async function workbook(): Promise<Uint8Array> {
  const units = Array.from({ length: 400 }, (_, u) => ({ code: `u${u}`, name: `Unit ${u}` }))
  return datasetToXlsx(
    parseDataset({
      units,
      observations: units.flatMap((unit, u) =>
        ['1', '2', '3', '4', '5'].map((node, n) => ({
          unit: unit.code,
          node,
          value: String((u * 7 + n) % 10),
        })),
      ),
    }),
  )
}

/** A copy whose central directory declares every part 1 byte long. */
function lyingCopy(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  let end = copy.length - 22
  while (view.getUint32(end, true) !== 0x06054b50) end--
  let offset = view.getUint32(end + 16, true)
  for (let n = 0; n < view.getUint16(end + 10, true); n++) {
    view.setUint32(offset + 24, 1, true)
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return copy
}

/** A copy whose central directory declares its first part `size` bytes long. */
function declaringCopy(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  let end = copy.length - 22
  while (view.getUint32(end, true) !== 0x06054b50) end--
  view.setUint32(view.getUint32(end + 16, true) + 24, size, true)
  return copy
}

describe('the default limit on what a workbook inflates to', () => {
  // The XLSX reader holds shared strings in memory: a 1 MB workbook of text inflating to 0.99 GB took 1.5 GB
  // under a 1 GiB limit. At 256 MiB the worst cases measured stay near 0.55 GB (docs/security.md).
  it('refuses a workbook that inflates to more than 256 MiB', async () => {
    const honest = await workbook()
    const big = declaringCopy(honest, 300 * 1024 * 1024)
    const error = (() => {
      try {
        return checkZipSize(big, DEFAULT_LIMITS, 'big.xlsx')
      } catch (e) {
        return e
      }
    })()
    expect(isChisoError(error) && error.issues[0]).toMatchObject({ code: 'LIMIT_EXCEEDED', file: 'big.xlsx' })
    expect(() =>
      checkZipSize(declaringCopy(honest, 200 * 1024 * 1024), DEFAULT_LIMITS, 'ok.xlsx'),
    ).not.toThrow()
  })
})

describe('an XLSX whose directory under-declares its sizes', () => {
  it('passes the directory check but not the count of inflated bytes', async () => {
    const honest = await workbook()
    const real = await countInflatedBytes(honest, DEFAULT_LIMITS, 'honest.xlsx')
    expect(real).toBe(checkZipSize(honest, DEFAULT_LIMITS, 'honest.xlsx'))
    const lying = lyingCopy(honest)
    const limits = { ...DEFAULT_LIMITS, maxUncompressedBytes: Math.floor(real / 2) }
    // The declared total is a few bytes: the directory check lets it through…
    expect(checkZipSize(lying, limits, 'lying.xlsx')).toBeLessThan(100)
    // …and reading it is refused once the real bytes pass the limit.
    const error = await readXlsx(lying, { file: 'lying.xlsx', limits }).catch((e: unknown) => e)
    expect(isChisoError(error)).toBe(true)
    expect(isChisoError(error) && error.issues[0]).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      file: 'lying.xlsx',
    })
    expect(isChisoError(error) && error.issues[0]?.message).toMatch(/uncompressed bytes exceed the limit/)
  })

  it('an honest workbook within the limit reads as before', async () => {
    const honest = await workbook()
    const { dataset } = await readXlsx(honest, { file: 'honest.xlsx' })
    expect(dataset.units).toHaveLength(400)
    expect(dataset.observations).toHaveLength(2000)
  })
})

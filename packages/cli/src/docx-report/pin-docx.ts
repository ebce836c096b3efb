import { fixZipTimes } from '@chiso/adapters/xlsx'

// Word's own "no date" would be an empty element, which some readers reject; the earliest ZIP date is as
// clearly not a real date and matches the ZIP entries' times (fixZipTimes).
const PINNED_DATE = '1980-01-01T00:00:00Z'
const TIMESTAMPS =
  /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:(?:created|modified)>)/g

/**
 * Makes a packed Word document depend on its content only: the docx writer stamps the document's created
 * and modified dates (`docProps/core.xml`) and every ZIP entry with the current time; here the dates become
 * 1980-01-01 and the ZIP times are pinned as in the XLSX exports. The parts are re-zipped in the order the
 * writer gave them, with the same compression.
 *
 * @example
 * ```ts
 * const bytes = await pinDocx(new Uint8Array(await Packer.toBuffer(document)))
 * ```
 */
export async function pinDocx(packed: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate')
  const parts = unzipSync(packed)
  const core = parts['docProps/core.xml']
  if (core !== undefined)
    parts['docProps/core.xml'] = strToU8(strFromU8(core).replace(TIMESTAMPS, `$1${PINNED_DATE}$2`))
  return fixZipTimes(zipSync(parts, { level: 6 }))
}

// The look of a template's cells and the typing of its input cells (what Excel lets an official enter).
import { type CompiledMethodology, dec } from '@chiso/core'
import type ExcelJS from 'exceljs'
import { TEMPLATE_HEADINGS, type TemplateLanguage } from './template-headings.js'

const YES_NO = (language: TemplateLanguage) =>
  `"${TEMPLATE_HEADINGS.yes[language]},${TEMPLATE_HEADINGS.no[language]},${TEMPLATE_HEADINGS.notApplicable[language]}"`
/** The thin border every cell of a template's table has. */
export const BORDER = { style: 'thin' } as const
const BOX = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER }
const LOCKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E0' } } as const
const TOP_WRAP = { wrapText: true, vertical: 'top' } as const
/**
 * The styles of a template's cells, shared (never changed after creation): locked cells grey, input cells
 * pale yellow and unlocked.
 *
 * @example
 * ```ts
 * cell.style = STYLES.lockedBold // an area's row
 * ```
 */
export const STYLES = {
  locked: { border: BOX, alignment: TOP_WRAP, fill: LOCKED_FILL },
  lockedBold: { border: BOX, alignment: TOP_WRAP, fill: LOCKED_FILL, font: { bold: true } },
  input: { border: BOX, alignment: TOP_WRAP, fill: INPUT_FILL, protection: { locked: false } },
  inputText: {
    border: BOX,
    alignment: TOP_WRAP,
    fill: INPUT_FILL,
    protection: { locked: false },
    numFmt: '@',
  },
  inputWhole: {
    border: BOX,
    alignment: TOP_WRAP,
    fill: INPUT_FILL,
    protection: { locked: false },
    numFmt: '0',
  },
  inputPercent: {
    border: BOX,
    alignment: TOP_WRAP,
    fill: INPUT_FILL,
    protection: { locked: false },
    numFmt: '0.00%',
  },
} satisfies Record<string, Partial<ExcelJS.Style>>

/**
 * Types one input cell by what the leaf's rule reads, with a data validation Excel enforces: a yes/no
 * drop-down, whole numbers for done/total, a percentage for bands over a share, points from 0 to the maximum.
 *
 * @example
 * ```ts
 * typeInput(sheet.getCell(5, 6), leaf, 'value', 'decimal', 'vi')
 * ```
 */
export function typeInput(
  cell: ExcelJS.Cell,
  leaf: CompiledMethodology['model']['leaves'][number],
  field: string,
  kind: 'decimal' | 'boolean',
  language: TemplateLanguage,
): void {
  const rule = leaf.rule!
  cell.style = STYLES.input
  if (kind === 'boolean') {
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [YES_NO(language)],
      showErrorMessage: true,
    }
    return
  }
  if (field === 'done' || field === 'total') {
    cell.style = STYLES.inputWhole
    cell.dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      error: language === 'vi' ? 'Nhập số nguyên không âm' : 'Enter a whole number ≥ 0',
    }
    return
  }
  const options = rule.traceOptions as { bands?: Array<{ atLeast?: string; atMost?: string }> }
  const thresholds = (options.bands ?? [])
    .flatMap((band) => [band.atLeast, band.atMost])
    .filter((t) => t !== undefined)
  if (
    rule.def.id === 'chiso/bands' &&
    thresholds.length > 0 &&
    thresholds.every((t) => dec(t).gte(0) && dec(t).lte(1))
  ) {
    cell.style = STYLES.inputPercent
    cell.dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 1],
      showErrorMessage: true,
      error: language === 'vi' ? 'Nhập tỷ lệ từ 0% đến 100%' : 'Enter a percentage from 0% to 100%',
    }
    return
  }
  if (rule.def.id === 'chiso/points' && leaf.declaredMax !== null) {
    cell.dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, Number(leaf.declaredMax.toFixed())],
      showErrorMessage: true,
      error:
        language === 'vi'
          ? `Nhập điểm từ 0 đến ${leaf.declaredMax.toFixed()}`
          : `Enter points from 0 to ${leaf.declaredMax.toFixed()}`,
    }
    return
  }
  cell.dataValidation = {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [-1e15],
  }
}

import type { ITableCellOptions, Paragraph, Table, TableCell } from 'docx'

/**
 * The docx module, loaded on demand (only `chiso report --format docx` needs it).
 *
 * @example
 * ```ts
 * const docx: DocxModule = await import('docx')
 * ```
 */
export type DocxModule = typeof import('docx')

/** Sizes in half-points (Word's unit for font sizes): 13 pt body text as in Vietnamese official reports. */
export const BODY_SIZE = 26
const TABLE_SIZE = 20
const NOTE_SIZE = 22

/**
 * Small builders of the Word report's paragraphs and tables, so every section looks the same: headings use
 * Word's built-in heading styles (a reader's navigation pane and table of contents find them), tables have a
 * shaded header row repeated on every page and right-aligned numbers.
 *
 * @example
 * ```ts
 * const parts = docxParts(await import('docx'))
 * parts.heading('Xếp hạng', 2)
 * ```
 */
export function docxParts(docx: DocxModule) {
  const {
    AlignmentType,
    HeadingLevel,
    Paragraph,
    ShadingType,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const
  const heading = (text: string, level: 1 | 2 | 3): Paragraph =>
    new Paragraph({ heading: levels[level], children: [new TextRun({ text })] })
  const paragraph = (text: string, options: { bold?: boolean; italics?: boolean; colour?: string } = {}) =>
    new Paragraph({
      spacing: { after: 80 },
      children: [
        new TextRun({
          text,
          ...(options.bold ? { bold: true } : {}),
          ...(options.italics ? { italics: true } : {}),
          ...(options.colour ? { color: options.colour } : {}),
        }),
      ],
    })
  const note = (text: string) =>
    new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text, italics: true, size: NOTE_SIZE, color: '5F6B7A' })],
    })
  /** A legend: a coloured square before each label, all in one paragraph. */
  const legend = (title: string, entries: ReadonlyArray<{ colour: string; label: string }>) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new TextRun({ text: `${title}: `, size: NOTE_SIZE, bold: true }),
        ...entries.flatMap((entry, index) => [
          new TextRun({ text: '■ ', size: NOTE_SIZE, color: entry.colour.replace('#', '').toUpperCase() }),
          new TextRun({ text: `${entry.label}${index < entries.length - 1 ? '   ' : ''}`, size: NOTE_SIZE }),
        ]),
      ],
    })
  const cell = (
    text: string,
    options: { numeric?: boolean; bold?: boolean; fill?: string; colour?: string } = {},
  ): TableCell => {
    const cellOptions: ITableCellOptions = {
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
      children: [
        new Paragraph({
          ...(options.numeric ? { alignment: AlignmentType.RIGHT } : {}),
          children: [
            new TextRun({
              text,
              size: TABLE_SIZE,
              ...(options.bold ? { bold: true } : {}),
              ...(options.colour ? { color: options.colour } : {}),
            }),
          ],
        }),
      ],
    }
    return new TableCell(cellOptions)
  }
  /**
   * A table: `head` is the header row (shaded, repeated on each page), `numeric` says which columns hold
   * numbers, `rows` the cells' text, `fills` an optional background per row.
   */
  const table = (
    head: ReadonlyArray<string>,
    rows: ReadonlyArray<ReadonlyArray<string>>,
    options: { numeric?: ReadonlyArray<number>; fills?: ReadonlyArray<string | undefined> } = {},
  ): Table => {
    const numeric = new Set(options.numeric ?? [])
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: head.map((text, column) =>
            cell(text, { bold: true, fill: 'F4F6F8', numeric: numeric.has(column) }),
          ),
        }),
        ...rows.map(
          (row, index) =>
            new TableRow({
              cantSplit: true,
              children: row.map((text, column) => {
                const fill = options.fills?.[index]
                return cell(text, { numeric: numeric.has(column), ...(fill ? { fill } : {}) })
              }),
            }),
        ),
      ],
    })
  }
  return { heading, paragraph, note, legend, cell, table }
}

/**
 * The builders {@link docxParts} returns.
 *
 * @example
 * ```ts
 * const parts: DocxParts = docxParts(await import('docx'))
 * ```
 */
export type DocxParts = ReturnType<typeof docxParts>

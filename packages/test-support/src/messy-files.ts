// The hostile and messy data files found by an adversarial run against the CLI (test-only), each with what
// reading it must give. Text only, so every package's tests can use them; the XLSX cases are built by the
// adapters' tests (packages/adapters/test/security).

/** One messy CSV file, the leaves of the methodology it is read against, and what reading it must give. */
export interface MessyFile {
  /** What the case is about. */
  name: string
  /** The file's text. */
  text: string
  /** The mapping to read it with, when it needs one. */
  mapping?: Record<string, unknown>
  /** The unit codes the dataset must have, in order (or `refused` when the file as a whole must fail). */
  units: string[] | 'refused'
  /** Rejected cells, as `row:column reason-fragment`. */
  rejected: string[]
}

/**
 * The corpus: silent loss, values read two ways, invisible characters, conflicting columns, layout quirks.
 * Every case of every class the adversarial run found is here; add new ones as they are found.
 */
export const MESSY_FILES: ReadonlyArray<MessyFile> = [
  {
    name: 'a row whose first cell starts with # (an STT) is a unit, not a comment',
    text: 'unit,1.1\n#1,5\n#2,6\n',
    units: ['#1', '#2'],
    rejected: [],
  },
  {
    name: '#N/A in a data cell is an error value with its place, not "not applicable"',
    text: 'unit,1.1\nA,#N/A\nB,5\n',
    units: ['A', 'B'],
    rejected: ['2:2 a spreadsheet error value (#N/A)'],
  },
  {
    name: 'comment lines above the table are title rows, accounted for',
    text: '# nguồn: minh hoạ, 2023\n# số liệu giả\nunit,1.1\nA,5\n',
    units: ['A'],
    rejected: [],
  },
  {
    name: 'a column mixing Vietnamese thousands separators is not read two ways',
    text: 'unit;1.1\nA;987.654\nB;1.234.567\n',
    units: ['A', 'B'],
    rejected: ['2:2 read two ways'],
  },
  {
    name: 'a unit code differing only by a zero-width space is refused, not a second unit',
    text: 'unit,1.1\nHN,5\nH\u200bN,6\n',
    units: ['HN'],
    rejected: ['3:1 invisible character (U+200B)', '3:2 invisible character (U+200B)'],
  },
  {
    name: 'a unit code typed with combining marks is the same unit (NFC)',
    text: 'unit,1.1\nHue\u0301,5\n',
    units: ['Hué'],
    rejected: [],
  },
  {
    name: 'two columns mapped to one leaf with different values: the second is rejected',
    text: 'unit,KH,KH2\nA,5,5\nB,6,7\n',
    mapping: { columns: { KH: '1.1', KH2: '1.1' } },
    units: ['A', 'B'],
    rejected: ['3:3 appears again, with another value'],
  },
  {
    name: 'title rows with fewer separators than the table are read',
    text: 'UBND TỈNH THANH HÓA\nBảng 1;;\nunit;name;1.1\nA;An;5\n',
    units: ['A'],
    rejected: [],
  },
  {
    name: 'mixed CRLF and LF line endings are read',
    text: 'unit,1.1\r\nA,5\nB,6\r\n',
    units: ['A', 'B'],
    rejected: [],
  },
  {
    name: 'a date in a data cell is rejected, not read as a number',
    text: 'unit,1.1\nA,2023-05-07\n',
    units: ['A'],
    rejected: ['2:2 a date (2023-05-07)'],
  },
  {
    name: 'a quoted line break in a name stays in the name (the terminal shows it written out)',
    text: 'unit,name,1.1\nA,"Hà Nội\n1  FAKE  100",5\n',
    units: ['A'],
    rejected: [],
  },
  {
    name: 'a short row inside the table is malformed CSV, with its line',
    text: 'unit,name,1.1\nA,An,5\nB,Bình\n',
    units: 'refused',
    rejected: [],
  },
]

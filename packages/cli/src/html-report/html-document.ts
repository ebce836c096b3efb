import { escapeHtml } from './escape-html.js'

// Inline, so the file opens anywhere with no network. The font stack is the system's: every one of these
// (Segoe UI, San Francisco, Roboto, Noto Sans, DejaVu Sans) has the Vietnamese letters with their marks.
const STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --head: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink); line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.55rem; margin: 0 0 .4rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
.meta, .note { color: var(--muted); font-size: .88rem; margin: .35rem 0; }
.meta code { font-size: .78rem; word-break: break-all; }
.notice { border-left: 4px solid #9a6a00; background: #fff8e6; padding: .45rem .75rem; margin: .6rem 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; margin: .5rem 0; }
th, td { padding: .28rem .5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.index { font-weight: 600; }
.band { display: inline-block; min-width: 1.7em; padding: 0 .4em; border-radius: 3px; color: #fff;
  font-weight: 600; text-align: center; }
.band.none { background: #6b7280; font-weight: 400; }
.up { color: #1b7a3d; } .down { color: #b42318; } .same { color: var(--muted); }
.code { color: var(--muted); font-size: .75rem; margin-left: .4rem; }
tr.focus td { background: #e8f0fb; }
table.outcome { width: auto; }
.chart { margin: .5rem 0 1rem; }
.chart svg { max-width: 100%; height: auto; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
@media print { main { max-width: none; } section { break-inside: avoid-page; } }
`.trim()

/**
 * The whole HTML file of a report: a UTF-8 document in the report's language with the inline style sheet,
 * the sections in order and a footer. No script, no external file, no font download.
 *
 * @example
 * ```ts
 * htmlDocument({ language: 'vi', title: 'Chỉ số CCHC 2023', sections: ['<header>…</header>'], footer: '…' })
 * // '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">…'
 * ```
 */
export function htmlDocument(options: {
  language: string
  title: string
  sections: ReadonlyArray<string>
  footer: string
}): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="chiso report">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...options.sections,
    `<footer>${escapeHtml(options.footer)}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

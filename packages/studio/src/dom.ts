// A tiny element builder: the studio is plain DOM, and text always goes in as text (never as HTML), so a unit
// name or a file name cannot inject markup.

/** What `h` accepts as attributes: strings, numbers and booleans set attributes; functions named `on…` listen. */
export type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>

/** A child: an element, text (numbers become text), or nothing. */
export type Child = Node | string | number | null | undefined | false

/**
 * Makes an element with attributes, listeners and children.
 *
 * @example
 * ```ts
 * const button = h('button', { type: 'button', onclick: () => alert('hi') }, 'Xin chào')
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: ReadonlyArray<Child | ReadonlyArray<Child>>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === 'number' ? String(child) : child)
  }
  return element
}

/**
 * Saves bytes or text as a download named `file` (made in the page: nothing is sent anywhere).
 *
 * @example
 * ```ts
 * download('xep-hang.csv', 'rank,unit\n1,A\n', 'text/csv')
 * ```
 */
export function download(file: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const link = h('a', { href: url, download: file })
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Appends children to an element, skipping the empty ones (as `h` does).
 *
 * @example
 * ```ts
 * appendAll(section, h('h2', {}, 'Kế hoạch'), plan === undefined ? null : planTable)
 * ```
 */
export function appendAll(
  parent: HTMLElement,
  ...children: ReadonlyArray<Child | ReadonlyArray<Child>>
): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    parent.append(typeof child === 'number' ? String(child) : child)
  }
}

// A strict Content-Security-Policy for the built page: scripts and styles from the page's own origin only, no
// inline code and no `eval` / `new Function` ('unsafe-eval' is absent). chiso treats methodologies as data and
// never evaluates them, so the page needs nothing looser. Only the build gets it: Vite's dev server injects
// styles and its client inline, which such a policy would block.
import type { Plugin } from 'vite'

/** The policy the built page declares. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'"

/**
 * Adds the policy to the built index.html as a `<meta http-equiv>` (a server can send it as a header instead).
 *
 * @example
 * ```ts
 * export default defineConfig({ plugins: [strictCsp()] })
 * ```
 */
export function strictCsp(): Plugin {
  return {
    name: 'chiso-strict-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

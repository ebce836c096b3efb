// Launches the system's Chromium (Debian's `chromium` package) through playwright-core, which never downloads a
// browser. playwright gives each launch a fresh temporary profile (it refuses --user-data-dir). CI installs the package itself; on a machine without it the launch fails with a message that says
// how to install it — a browser test must fail, not skip, when its browser is missing.
//
// One Chromium per test worker: launching one costs about 1.3 s of CPU (the browser's processes and a new
// profile), a page in a running one a small part of that, and a worker runs its test files one after the other
// (they share modules, see .config/vitest.config.ts). Each file still gets pages of its own, each page in a
// context of its own (no cookie, storage or download shared); a file's close() closes the contexts opened since it
// got the browser (files of a worker never overlap). The browser itself closes once no file has used it for a
// minute, or with the worker (playwright kills the
// browsers it launched when its process ends).
import { existsSync } from 'node:fs'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'

const EXECUTABLE = process.env.CHISO_CHROMIUM ?? '/usr/bin/chromium'

/** How long a browser no file uses stays open for the next file of the worker. */
const IDLE_MS = 60_000

/** A running headless Chromium and the way to stop it . */
export interface RunningBrowser {
  readonly browser: Browser
  close(): Promise<void>
}

let shared: Promise<Browser> | undefined
let users = 0
let idle: ReturnType<typeof setTimeout> | undefined

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** The worker's headless Chromium (launched on first use); close() when the file is done with it. */
export async function launchChromium(): Promise<RunningBrowser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `Chromium not found at ${EXECUTABLE}. Install it with \`apt-get install -y chromium\` ` +
        '(or point CHISO_CHROMIUM at a Chromium binary).',
    )
  }
  clearTimeout(idle)
  if (shared === undefined) {
    const launching = launch()
    shared = launching
    // A browser that crashed or was closed is launched anew for the next file.
    const forget = () => {
      if (shared === launching) shared = undefined
    }
    launching.then((browser) => browser.on('disconnected', forget), forget)
  }
  const browser = await shared
  users++
  const before = new Set<BrowserContext>(browser.contexts())
  let closed = false
  return {
    browser,
    close: async () => {
      if (closed) return
      closed = true
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      )
      if (--users > 0) return
      idle = setTimeout(() => {
        if (users === 0 && shared !== undefined) void browser.close()
      }, IDLE_MS)
      idle.unref()
    },
  }
}

// Launches the system's Chromium (Debian's `chromium` package) through playwright-core, which never downloads a
// browser. playwright gives each launch a fresh temporary profile (it refuses --user-data-dir). CI installs the package itself; on a machine without it the launch fails with a message that says
// how to install it — a browser test must fail, not skip, when its browser is missing.
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

const EXECUTABLE = process.env.CHISO_CHROMIUM ?? '/usr/bin/chromium'

/** A running headless Chromium and the way to stop it . */
export interface RunningBrowser {
  readonly browser: Browser
  close(): Promise<void>
}

export async function launchChromium(): Promise<RunningBrowser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `Chromium not found at ${EXECUTABLE}. Install it with \`apt-get install -y chromium\` ` +
        '(or point CHISO_CHROMIUM at a Chromium binary).',
    )
  }
  const browser = await chromium.launch({
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
  return {
    browser,
    close: () => browser.close(),
  }
}

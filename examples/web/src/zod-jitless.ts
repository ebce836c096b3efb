// Imported first by main.ts, before @chiso/core runs any schema. zod 4 probes `new Function('')` once to
// decide whether to compile its validators; under the page's Content-Security-Policy (no 'unsafe-eval') the
// probe fails harmlessly, but the browser still reports a CSP violation. Jitless mode skips the probe.
import { config } from 'zod'

config({ jitless: true })

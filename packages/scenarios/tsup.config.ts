import { defineChisoConfig } from '@chiso/build-config'

// One neutral build: the `.` entry has no node: imports (it runs in browsers); `./node` and its worker use
// node: modules, kept external here.
export default defineChisoConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    'simulate-worker': 'src/node/simulate-worker.ts',
  },
  external: ['node:module', 'node:os', 'node:url', 'node:worker_threads'],
})

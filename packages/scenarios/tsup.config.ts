import { defineChisoConfig } from '@chiso/build-config'

export default defineChisoConfig({ entry: { index: 'src/index.ts', node: 'src/node/index.ts' } })

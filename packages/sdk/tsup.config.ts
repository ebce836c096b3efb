import { defineChisoConfig } from '@chiso/build-config'

export default defineChisoConfig({ entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } })

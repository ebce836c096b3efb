import { defineChisoConfig } from '@chiso/build-config'

export default defineChisoConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  platform: 'node',
  banner: { js: '' },
})

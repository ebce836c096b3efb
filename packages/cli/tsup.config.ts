import { defineChisoConfig } from '@chiso/build-config'

export default defineChisoConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  platform: 'node',
  banner: { js: '' },
  // Each command is a chunk of its own, loaded when it runs: `chiso --version` loads no command at all.
  splitting: true,
})

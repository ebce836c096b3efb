import { defineChisoConfig } from '@chiso/build-config'

// internal: implementation helpers for chiso's own packages (`@chiso/core/internal`, not semver-covered).
export default defineChisoConfig({ entry: { index: 'src/index.ts', internal: 'src/internal.ts' } })

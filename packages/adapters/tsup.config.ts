import { defineChisoConfig } from '@chiso/build-config'

export default defineChisoConfig({
  entry: {
    index: 'src/index.ts',
    csv: 'src/csv/index.ts',
    xlsx: 'src/xlsx/index.ts',
    json: 'src/json/index.ts',
    coinr: 'src/coinr/index.ts',
    survey: 'src/survey/index.ts',
  },
  platform: 'node',
  // Resolved by package.json "imports": csv-parse's browser build for bundlers, its Node build otherwise.
  external: ['#csv-parse-sync'],
})

// `import dataset from './file.csv?dataset'`: a chiso dataset read at build time (see build/dataset-plugin.ts).
declare module '*.csv?dataset' {
  const dataset: import('@chiso/core').Dataset
  export default dataset
}

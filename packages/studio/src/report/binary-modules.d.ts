// Files the studio's build embeds as bytes (esbuild's binary loader): the rasteriser's WebAssembly and its font.
declare module '*.wasm' {
  const bytes: Uint8Array
  export default bytes
}
declare module '*.ttf' {
  const bytes: Uint8Array
  export default bytes
}

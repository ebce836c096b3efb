// Test files read fixtures as text through Vite's `?raw` imports (core has no Node types).
declare module '*?raw' {
  const text: string
  export default text
}

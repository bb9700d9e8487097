/** CSS files imported by the content script arrive as text (esbuild `loader: { '.css': 'text' }`). */
declare module '*.css' {
  const text: string;
  export default text;
}

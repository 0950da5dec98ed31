/** Vite's `?inline` CSS imports: the stylesheet as a string (used for shadow-root UIs, so nothing is fetched). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

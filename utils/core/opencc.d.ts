declare module 'opencc-js/dict/TSCharacters' {
  /** "繁 简|繁 简 简2|…" */
  const dict: string;
  export default dict;
}

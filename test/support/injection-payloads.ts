/**
 * Hostile text for the injection tests: SQL metacharacters, backslashes, script payloads and
 * unicode (no NUL, which neither backend stores in text). A payload script that runs sets
 * `window.__xss`, so a browser test can tell.
 */
export const INJECTION_PAYLOADS = [
  `'; DROP TABLE regions; --`,
  `" OR 1=1 --`,
  `back\\slash \\' \\" \\\\ %_`,
  `<script>window.__xss = 'script'</script>`,
  `<img src=x onerror="window.__xss = 'img'">`,
  `<a href="javascript:window.__xss = 'link'">klik</a>`,
  `javascript:window.__xss = 'url'`,
  `Ünïcødé ‘quotes’ — 🚀 𝔘 ﷽ 中文`,
] as const;

/** One text carrying every payload, marked with a label so the field it sits in can be found. */
export function injectionText(label: string): string {
  return `${label} ${INJECTION_PAYLOADS.join(' ')}`;
}

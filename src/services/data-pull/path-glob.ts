/**
 * A test for data-directory paths against a glob: `*` matches within one folder, `**` across
 * folders, `?` one character, `{a,b}` either. A glob without wildcards matches that path and
 * everything under it, so `geo` means `geo/**`.
 *
 * @example pathGlobMatcher('geo/*.geojson')('geo/NUTS_LB_2021_4326_LEVL_2.geojson') // true
 */
export function pathGlobMatcher(glob: string): (path: string) => boolean {
  const clean = glob.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (!/[*?{]/.test(clean)) return (path) => path === clean || path.startsWith(`${clean}/`);
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i] ?? '';
    if (c === '*' && clean[i + 1] === '*') {
      // `**/` may also match no folder at all.
      const slash = clean[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',' && openBraces(clean, i)) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  const pattern = new RegExp(`^${source}$`);
  return (path) => pattern.test(path);
}

/** Whether position `at` of `glob` lies inside `{...}`. */
function openBraces(glob: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}') depth--;
  }
  return depth > 0;
}

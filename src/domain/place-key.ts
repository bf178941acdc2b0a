/**
 * The search key of a place name as addresses write it: upper case, accents dropped, every run of
 * other characters one space (`'s-Hertogenbosch` -> `S HERTOGENBOSCH`, `Hengelo (O)` -> `HENGELO O`).
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** A Dutch postcode area (PC4) in a query such as `7511`, `7511 AB` or `7511AB`, or null. */
export function postcodeArea(query: string): string | null {
  const match = /^\s*([1-9][0-9]{3})\s*(?:[A-Za-z]{2})?\s*$/.exec(query);
  return match ? match[1]! : null;
}

/** Escapes the LIKE wildcards of user input (used with `escape '\'`). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A CORDIS legal-basis code in its canonical form: trimmed, with the trailing dot that CORDIS
 * writes after every numbered level (`H2020-EU.3.4.5` and `H2020-EU.3.4.5.` are the same code;
 * CORDIS's reference data has both spellings). Codes without a numbered tail (`H2020-EC`,
 * `H2020-Euratom`) are left as they are.
 *
 * @example legalBasisCanonical(' H2020-EU.3.4.5 ') -> 'H2020-EU.3.4.5.'
 */
export function legalBasisCanonical(code: string): string {
  const t = code.trim();
  return /\.[0-9a-z]+$/.test(t) ? `${t}.` : t;
}

/**
 * The most specific of `ruleCodes` that `code` lies in: the code itself, or the longest code that
 * is a whole-level prefix of it (H2020-EU.2.1.1.7. lies in H2020-EU.2.1.1. and H2020-EU.2.1.,
 * not in H2020-EU.2.1.5.). Undefined when no rule covers the code. Both sides are compared in
 * canonical form (see legalBasisCanonical).
 *
 * @example
 * legalBasisRule('H2020-EU.2.1.1.7.', ['H2020-EU.2.1.', 'H2020-EU.2.1.1.']) -> 'H2020-EU.2.1.1.'
 * legalBasisRule('H2020-EU.1.1.', ['H2020-EU.2.1.']) -> undefined
 */
export function legalBasisRule(code: string, ruleCodes: Iterable<string>): string | undefined {
  const c = legalBasisCanonical(code);
  let best: string | undefined;
  let bestLength = -1;
  for (const rule of ruleCodes) {
    const r = legalBasisCanonical(rule);
    const covers = c === r || (c.startsWith(r) && (r.endsWith('.') || c[r.length] === '-'));
    if (covers && r.length > bestLength) {
      best = rule;
      bestLength = r.length;
    }
  }
  return best;
}

/**
 * What a reader calls an audited record: its log-in name, title or name as the record after the
 * change (or, for a deletion, before it) holds it, else its id.
 * `auditRecordLabel('user-f4ad', null, { login: 'an@example.nl' }, 'nl')` is `"an@example.nl"`.
 */
export function auditRecordLabel(
  id: string,
  before: unknown,
  after: unknown,
  lang: 'nl' | 'en',
): string {
  for (const record of [after, before]) {
    if (!record || typeof record !== 'object' || Array.isArray(record)) continue;
    const r = record as Record<string, unknown>;
    const named = lang === 'en' ? (r.name_en ?? r.name_nl) : (r.name_nl ?? r.name_en);
    for (const value of [r.login, r.title, r.name, named, r.text]) {
      if (typeof value === 'string' && value.trim() !== '') return shorten(value.trim());
    }
  }
  return id;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= 80 ? line : `${line.slice(0, 79)}…`;
}

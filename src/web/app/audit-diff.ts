/** One field of an audited record: its value before and after the change, as text. */
export interface AuditFieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** Fields never shown, even if a record carried them (secrets do not belong on a page). */
const HIDDEN = /password|hash|salt|token/i;

/** Fields that only identify a named thing (a region, a key area) once its name is shown. */
const NAMING = new Set(['id', 'code', 'name_nl', 'name_en']);

/**
 * A value of an audited record as readable text: text as it is, numbers and booleans plainly,
 * lists joined with "; ", nested records as "field: value" pairs, a named thing (with name_nl
 * and name_en) by its name in `lang` with its other fields in brackets; nothing for null.
 * `auditValueText([{ id: 'x', name_nl: 'Energie', name_en: 'Energy', weight: 0.5 }])` is
 * `"Energie (weight: 0.5)"`.
 */
export function auditValueText(value: unknown, lang: 'nl' | 'en' = 'nl'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => auditValueText(v, lang)).join('; ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const named = typeof record.name_nl === 'string' && typeof record.name_en === 'string';
    const pairs = Object.entries(record)
      .filter(([key]) => !HIDDEN.test(key) && !(named && NAMING.has(key)))
      .map(([key, v]) => `${key}: ${auditValueText(v, lang)}`)
      .join(', ');
    if (!named) return pairs;
    const name = String(lang === 'en' ? record.name_en : record.name_nl);
    return pairs ? `${name} (${pairs})` : name;
  }
  return String(value);
}

function fieldsOf(record: unknown): Record<string, unknown> {
  if (record === null || record === undefined) return {};
  if (typeof record !== 'object' || Array.isArray(record)) return { value: record };
  return record as Record<string, unknown>;
}

/**
 * The fields a change touched, side by side: on an update those whose value differs, on a
 * create (nothing before) or a delete (nothing after) every field that has a value. Fields come
 * in the record's own order; secret-looking fields are left out.
 * `auditChanges({ name: 'a', version: 1 }, { name: 'b', version: 2 })` gives both fields.
 */
export function auditChanges(
  before: unknown,
  after: unknown,
  lang: 'nl' | 'en' = 'nl',
): AuditFieldChange[] {
  const old = fieldsOf(before);
  const now = fieldsOf(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const changes: AuditFieldChange[] = [];
  for (const field of fields) {
    if (HIDDEN.test(field)) continue;
    const b = auditValueText(old[field], lang);
    const a = auditValueText(now[field], lang);
    if (b === a) continue;
    changes.push({ field, before: b, after: a });
  }
  return changes;
}

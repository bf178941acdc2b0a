/**
 * The form field a problem document's detail is about, when it names one of `fields`. The server
 * writes `date: "x" is not a date; write YYYY-MM-DD` for its own checks and
 * `body/date must match format "date"` or `body must have required property 'owner'` for schema
 * checks.
 *
 * @example problemField('body/due_date must match format "date"', ['owner', 'due_date']) // 'due_date'
 */
export function problemField(detail: string, fields: readonly string[]): string | undefined {
  const patterns = [
    /^(?:body\/)?([a-z_]+)\s*:/,
    /^body\/([a-z_]+)/,
    /required property '([a-z_]+)'/,
  ];
  for (const pattern of patterns) {
    const name = pattern.exec(detail)?.[1];
    if (name && fields.includes(name)) return name;
  }
  return undefined;
}

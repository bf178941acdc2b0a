import type { ExportTable } from './export-table.js';

/**
 * A table as one JSON document, written a batch at a time:
 * `{"export": name, "source": {...}, "rows": [{column: value, ...}, ...]}`. Numbers stay numbers;
 * empty cells are null. No formula guard: JSON is read by programs, not spreadsheets.
 */
export async function* tableJson(table: ExportTable): AsyncGenerator<string> {
  const names = table.columns.map((c) => c.name);
  yield `{"export":${JSON.stringify(table.name)},"source":${JSON.stringify(table.source)},"rows":[`;
  let first = true;
  for await (const batch of table.batches()) {
    let chunk = '';
    for (const row of batch) {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) object[names[i]!] = row[i] ?? null;
      chunk += `${first ? '\n' : ',\n'}${JSON.stringify(object)}`;
      first = false;
    }
    if (chunk !== '') yield chunk;
  }
  yield '\n]}\n';
}

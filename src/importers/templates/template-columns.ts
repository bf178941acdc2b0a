import type { TemplateColumn } from './template-reader.js';

/** A template's columns by name with what each holds: those every row fills, then the others. */
export interface TemplateColumnTexts {
  readonly required: Readonly<Record<string, string>>;
  readonly optional: Readonly<Record<string, string>>;
}

/**
 * The columns of a template in the order written: the required ones first, then the optional.
 *
 * @example templateColumns({ required: { id: 'Your id' }, optional: { url: 'Website' } })
 *   -> [{ name: 'id', required: true, ... }, { name: 'url', required: false, ... }]
 */
export function templateColumns(texts: TemplateColumnTexts): TemplateColumn[] {
  const columns = (byName: Readonly<Record<string, string>>, required: boolean) =>
    Object.entries(byName).map(([name, description]) => ({ name, required, description }));
  return [...columns(texts.required, true), ...columns(texts.optional, false)];
}

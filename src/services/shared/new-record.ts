import { invalid, oneOf } from '../visits/field-check.js';

/** Refuses a new record that lacks one of `fields` (absent or null), naming the first missing. */
export function requireFields<I extends object>(input: I, fields: readonly (keyof I & string)[]) {
  for (const field of fields)
    if (input[field] === undefined || input[field] === null) throw invalid(field, 'is required');
}

/** The status a new record starts in: a draft unless `asked` names one of `statuses`. */
export function startStatus<S extends string>(asked: unknown, statuses: readonly S[]): S | 'draft' {
  return asked === undefined ? 'draft' : oneOf(asked, 'status', statuses);
}

/** Ids of digits and capitals only (PIC numbers, as CORDIS's are imported). */
const PLAIN_ID = /^[0-9A-Z]*$/;

/**
 * Two organisation ids in the order `localeCompare` gives them. Ids of digits and capitals only
 * are compared by their code units, which orders them the same way without ICU's collator (whose
 * first use loads its data: a noticeable part of a cold computation of the figures). The
 * collator puts digits before capitals and capitals in alphabetical order, as code units do.
 *
 * @example
 * organisationIdOrder('PIC999894528', 'PIC1000'); // 1, as 'PIC999894528'.localeCompare('PIC1000')
 */
export function organisationIdOrder(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

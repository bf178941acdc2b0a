import { t } from '../i18n/i18n.js';

/**
 * An organisation's name, or for one the source does not name, that said with its identifier:
 * "organisation without a name in the source (PIC 983678359)".
 */
export function organisationName(o: { readonly id: string; readonly name: string | null }): string {
  if (o.name !== null && o.name !== '') return o.name;
  const pic = /^PIC(\d+)$/.exec(o.id)?.[1];
  return t('organisation.unnamed', { id: pic ? `PIC ${pic}` : o.id });
}

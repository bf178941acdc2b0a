import type { Bilingual } from '../../services/dossier/dossier-inputs.js';

/** A text in Dutch and English. */
export function bilingual(nl: string, en: string): Bilingual {
  return { nl, en };
}

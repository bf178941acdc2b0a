import type { DossierSourceKey } from '../../services/dossier/dossier-inputs.js';
import type { DossierConnecting } from './dossier-connecting.js';
import type { DossierTopic3 } from './dossier-topic-3.js';

/** A record the dossier shows (a fund, a contact point, a good practice) and the page it was taken from. */
export interface DossierSourceRecord {
  readonly name: string;
  /** Null when no source is registered for it. */
  readonly url: string | null;
}

/**
 * The records behind a figure that its editors entered one by one, each with its own source page:
 * the contact points and funds of topic 3, the good practices of the connecting section (those for
 * the region's gaps, then its own, each once). Empty for the figures computed from data sets.
 *
 * @example dossierSourceRecords('funds', topic3, connecting) // [{ name: 'Innovatiefonds Twente', url: 'https://…' }]
 */
export function dossierSourceRecords(
  key: DossierSourceKey,
  topic3: DossierTopic3,
  connecting: DossierConnecting,
): readonly DossierSourceRecord[] {
  switch (key) {
    case 'contactPoints':
      return topic3.contact_points.map((c) => ({ name: c.name, url: c.source_url }));
    case 'funds':
      return topic3.funds.map((f) => ({ name: f.name, url: f.source_url }));
    case 'practices': {
      const shown = [...connecting.practices_for_gaps, ...connecting.own_practices];
      return shown
        .filter((p, i) => shown.findIndex((q) => q.id === p.id) === i)
        .map((p) => ({ name: p.title, url: p.source_url }));
    }
    default:
      return [];
  }
}

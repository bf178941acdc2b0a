import { ApiError, query, tryJson } from '../../api/client.js';
import type { Helix, KeyAreas, RegionDetail, RegionIndex } from '../../api/types.js';
import { apiErrorKey } from '../../app/api-error-text.js';
import { lang, nameOf, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import type { CompareNotes } from './compare-notes.js';

/** One region of the comparison: its profile and its figures, or the error each answered with. */
export interface CompareColumn {
  readonly code: string;
  readonly region: RegionDetail | ApiError;
  readonly helix: Helix | ApiError;
  readonly keyAreas: KeyAreas | ApiError;
  readonly index: RegionIndex | ApiError;
}

/** Fetches what the comparison shows of one region; a figure that fails is kept as its error. */
export async function compareColumn(code: string): Promise<CompareColumn> {
  const [region, helix, keyAreas, index] = await Promise.all([
    tryJson<RegionDetail>(`/api/regions/${code}`),
    tryJson<Helix>(`/api/regions/${code}/helix${query({ lang: lang() })}`),
    tryJson<KeyAreas>(
      `/api/regions/${code}/keyareas${query({ taxonomy: 'topsectoren-2011', measure: 'participations', reference: 'NL', lang: lang() })}`,
    ),
    tryJson<RegionIndex>(`/api/regions/${code}/index${query({ lang: lang() })}`),
  ]);
  return { code, region, helix, keyAreas, index };
}

/** The region's name, or its code when the region could not be read. */
export function columnName(c: CompareColumn): string {
  return c.region instanceof ApiError ? c.code : nameOf(c.region);
}

/** A cell for a figure the server did not give: its status, and its error in words under the table. */
export function missingCell(value: ApiError, notes: CompareNotes): HTMLElement {
  return notes.cell(
    t('compare.missing', { status: value.status }),
    [`${value.status} ${value.code}: ${t(apiErrorKey(value))}`],
    'compare-missing',
  );
}

/** A table cell with its value written out and a bar behind it for the eye (0..1). */
export function scoreCell(text: string, fraction: number, strong = false): HTMLElement {
  const bar = h('span', {
    class: `rk-cellbar__fill${strong ? ' rk-cellbar__fill--strong' : ''}`,
    'aria-hidden': 'true',
  });
  bar.style.width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  return h('span', { class: 'rk-cellbar' }, bar, h('span', { class: 'rk-cellbar__text' }, text));
}

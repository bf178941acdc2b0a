import type { LocationQuotientNullReason } from '../../core/keyareas/region-location-quotient.js';
import type { NationalShareNullReason } from '../../core/keyareas/region-national-share.js';
import type { KeyAreaMember } from './key-area-columns.js';
import type { TextLang } from './measure-status.js';
import { noPlacedReason } from './not-measured.js';

/** What a key-area row's note says: why its share or LQ is null, and what it measures together. */
export interface KeyAreaNoteFacts {
  readonly shareReason: NationalShareNullReason | null;
  readonly lqReason: LocationQuotientNullReason | null;
  /** The region has no row in the matrix: no activity classified into any key area. */
  readonly noActivity: boolean;
  /** No organisation is placed in the region at all: the reason it has no activity. */
  readonly noPlaced?: boolean;
  readonly members: readonly KeyAreaMember[];
}

const TEXT = {
  en: {
    share: {
      'reference-key-area-zero': 'share not measured: the country has no activity in this key area',
    },
    lq: {
      'region-total-zero': 'LQ not measured: the region has no classified activity',
      'reference-total-zero': 'LQ not measured: the reference area has no classified activity',
      'reference-key-area-zero':
        'LQ not measured: the reference area has no activity in this key area',
    },
    noActivity: 'no classified activity in the region',
    noRegionActivity: 'no activity in the region',
    together: (names: string) =>
      `measured together: every project classified into one of ${names} is classified into the others in the same proportion`,
    separator: '; ',
  },
  nl: {
    share: {
      'reference-key-area-zero':
        'aandeel niet gemeten: het land heeft geen activiteit in dit sleutelgebied',
    },
    lq: {
      'region-total-zero': 'LQ niet gemeten: de regio heeft geen geclassificeerde activiteit',
      'reference-total-zero':
        'LQ niet gemeten: het referentiegebied heeft geen geclassificeerde activiteit',
      'reference-key-area-zero':
        'LQ niet gemeten: het referentiegebied heeft geen activiteit in dit sleutelgebied',
    },
    noActivity: 'geen geclassificeerde activiteit in de regio',
    noRegionActivity: 'geen activiteit in de regio',
    together: (names: string) =>
      `samen gemeten: elk project dat in een van ${names} is ingedeeld, is in dezelfde verhouding ook in de andere ingedeeld`,
    separator: '; ',
  },
} as const;

/**
 * Why a key-area row's share or LQ is null: the core's reason, no classified activity at all, or
 * no organisation placed in the region (and so no activity to classify).
 */
export type KeyAreaNullReason =
  | NationalShareNullReason
  | LocationQuotientNullReason
  | 'no-classified-activity'
  | 'no-placed-organisations';

/** A share or LQ of a key-area row that is null, with its reason as a code and in words. */
export interface KeyAreaNotMeasured {
  readonly measure: 'share_of_national' | 'lq';
  readonly reason_code: KeyAreaNullReason;
  readonly reason: string;
}

/**
 * Why a row's share or LQ is null, in `lang`: the region has no classified activity, or the
 * country or reference area has none (in this key area).
 *
 * @example
 * keyAreaNotMeasured('lq', 'no-classified-activity', 'nl').reason;
 * // 'geen geclassificeerde activiteit in de regio'
 */
export function keyAreaNotMeasured(
  measure: KeyAreaNotMeasured['measure'],
  code: KeyAreaNullReason,
  lang: TextLang,
): KeyAreaNotMeasured {
  const text = TEXT[lang];
  const reason =
    code === 'no-classified-activity'
      ? text.noActivity
      : code === 'no-placed-organisations'
        ? noPlacedReason(lang)
        : measure === 'share_of_national'
          ? text.share['reference-key-area-zero']
          : text.lq[code];
  return { measure, reason_code: code, reason };
}

/**
 * Why the region's unclassified activity has no share, in `lang`: it has no activity at all, or
 * (`noPlaced`) no organisation is placed in it.
 */
export function unclassifiedNote(lang: TextLang, noPlaced = false): string {
  return noPlaced ? noPlacedReason(lang) : TEXT[lang].noRegionActivity;
}

/** Names joined with commas and a last `and` (`en`) in `lang`. */
function listed(names: readonly string[], lang: TextLang): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${names.at(-1)!}`;
}

/**
 * A key-area row's note in `lang`: why its share or LQ is null, that the region has no classified
 * activity, and which key areas the row measures together; null when there is nothing to say.
 */
export function keyAreaNote(facts: KeyAreaNoteFacts, lang: TextLang): string | null {
  const text = TEXT[lang];
  const names = facts.members.map((m) => (lang === 'nl' ? m.name_nl : m.name_en));
  const notes = [
    facts.shareReason ? text.share[facts.shareReason] : null,
    facts.lqReason ? text.lq[facts.lqReason] : null,
    facts.noActivity ? (facts.noPlaced ? noPlacedReason(lang) : text.noActivity) : null,
    facts.members.length > 1 ? text.together(listed(names, lang)) : null,
  ];
  return notes.filter((n): n is string => n !== null).join(text.separator) || null;
}

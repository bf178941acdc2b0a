import type {
  NextVisitPartUndefinedReason,
  NextVisitScoreUndefinedReason,
} from '../../core/connect/region-next-visit-scores.js';
import type { TextLang } from './measure-status.js';

const REASONS: Record<
  TextLang,
  Record<NextVisitPartUndefinedReason | NextVisitScoreUndefinedReason, string>
> = {
  en: {
    no_uncovered_key_areas:
      'every key area is already covered by a visited region, so there is no share of uncovered key areas to take',
    no_index_scores:
      'the region has no index score, neither at its own level nor from its province',
    no_regions_compared:
      'no other region of its level is compared with it: it has no project activity classified into key areas (or it is the only region of its level that has)',
    no_weighted_part_measured: 'none of the parts weighed above 0 is measured for this region',
  },
  nl: {
    no_uncovered_key_areas:
      'elk sleutelgebied is al gedekt door een bezochte regio; er is dus geen aandeel nog niet gedekte sleutelgebieden te nemen',
    no_index_scores:
      'de regio heeft geen indexscore, niet op haar eigen niveau en niet van haar provincie',
    no_regions_compared:
      'geen andere regio van haar niveau wordt ermee vergeleken: ze heeft geen projectactiviteit die in sleutelgebieden is ingedeeld (of is de enige regio van haar niveau die dat heeft)',
    no_weighted_part_measured:
      'geen van de delen met een gewicht boven 0 is voor deze regio gemeten',
  },
};

/** Why a part of the next-visit score, or the score itself, is not measured, in `lang`. */
export function nextVisitNotMeasuredReason(
  reason: NextVisitPartUndefinedReason | NextVisitScoreUndefinedReason,
  lang: TextLang,
): string {
  return REASONS[lang][reason];
}

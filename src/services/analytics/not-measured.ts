import type {
  HelixDimension,
  HelixSynergyUndefined,
} from '../../core/helix/helix-synergy-undefined.js';
import type {
  NetworkMeasure,
  NetworkUndefinedMeasure,
  NetworkUndefinedReason,
} from '../../core/network/network-undefined-measures.js';
import type { RoleMixingUndefinedReason } from '../../core/network/network-role-mixing.js';
import { NO_PLACED_ORGANISATIONS } from '../../core/placement/region-measurability.js';
import type { TextLang } from './measure-status.js';

/** The measures of the helix figure that can be null while the region is measured. */
export type HelixMeasure = 't_millibits';

/** Why a measure that can be null is: the helix's and the network's reasons, or no placed organisation. */
export type NotMeasuredReason =
  HelixSynergyUndefined['reason'] | NetworkUndefinedReason | typeof NO_PLACED_ORGANISATIONS;

/**
 * A measure of a measured region that is null because the data do not define it (too few
 * projects or organisations, a helix that does not vary): which one, why as a stable code, and
 * why in words.
 */
export interface NotMeasured<Measure extends string = HelixMeasure | NetworkMeasure> {
  readonly measure: Measure;
  readonly reason_code: NotMeasuredReason;
  readonly reason: string;
}

const DIMENSION: Record<TextLang, Record<HelixDimension, string>> = {
  en: { U: 'knowledge institutions (research or education)', I: 'business', G: 'government' },
  nl: {
    U: 'kennisinstellingen (onderzoek of onderwijs)',
    I: 'het bedrijfsleven',
    G: 'de overheid',
  },
};

/** Why a region's measures are null when no organisation is placed in it, in `lang`. */
export function noPlacedReason(lang: TextLang): string {
  return lang === 'nl'
    ? 'geen organisatie uit CORDIS is in de regio geplaatst'
    : 'no organisation in CORDIS is placed in the region';
}

/** A measure that is null because no organisation is placed in the region, in `lang`. */
export function noPlacedNotMeasured<Measure extends string>(
  measure: Measure,
  lang: TextLang,
): NotMeasured<Measure> {
  return { measure, reason_code: NO_PLACED_ORGANISATIONS, reason: noPlacedReason(lang) };
}

/** Words joined with commas and a last `and` or `or` in `lang`. */
function joined(words: readonly string[], last: 'and' | 'or', lang: TextLang): string {
  if (words.length < 2) return words.join('');
  const word = lang === 'nl' ? (last === 'and' ? 'en' : 'of') : last;
  return `${words.slice(0, -1).join(', ')} ${word} ${words.at(-1)!}`;
}

/** Why T is null, in `lang`: which helix is in none or all of the projects, and what that does to T. */
export function helixTNotMeasured(
  undefinedT: HelixSynergyUndefined,
  projects: number,
  lang: TextLang,
): NotMeasured<HelixMeasure> {
  const words = (ds: readonly HelixDimension[], last: 'and' | 'or') =>
    joined(
      ds.map((d) => DIMENSION[lang][d]),
      last,
      lang,
    );
  let reason: string;
  if (undefinedT.reason === 'no_projects') {
    reason =
      lang === 'nl'
        ? 'geen project van de regio heeft een deelnemer uit onderzoek, onderwijs, bedrijfsleven of overheid'
        : 'no project of the region has a participant from research, education, business or government';
  } else {
    const { absent, everywhere } = undefinedT;
    const clauses: string[] = [];
    if (lang === 'nl') {
      if (absent.length)
        clauses.push(
          projects === 1
            ? `het enige project heeft geen deelnemer uit ${words(absent, 'or')}`
            : `geen van de ${projects} projecten heeft een deelnemer uit ${words(absent, 'or')}`,
        );
      if (everywhere.length)
        clauses.push(
          projects === 1
            ? `het heeft er een uit ${words(everywhere, 'and')}`
            : `alle ${projects} hebben er een uit ${words(everywhere, 'and')}`,
        );
      reason = `${clauses.join(absent.length ? ' en ' : '')}; T is volgens de formule 0 zodra kennis, bedrijfsleven of overheid in geen of in alle projecten meedoet, en meet dan niets (T vraagt ten minste twee projecten waarin elk van de drie in sommige wel en in andere niet meedoet)`;
    } else {
      if (absent.length)
        clauses.push(
          projects === 1
            ? `the only project has no participant from ${words(absent, 'or')}`
            : `none of the ${projects} projects has a participant from ${words(absent, 'or')}`,
        );
      if (everywhere.length)
        clauses.push(
          projects === 1
            ? `it has one from ${words(everywhere, 'and')}`
            : `all ${projects} have one from ${words(everywhere, 'and')}`,
        );
      reason = `${clauses.join(absent.length ? ' and ' : '')}; by its formula T is 0 whenever knowledge, business or government takes part in none or in all of the projects, so it measures nothing (T needs at least two projects, each of the three in some and not in others)`;
    }
  }
  return { measure: 't_millibits', reason_code: undefinedT.reason, reason };
}

/**
 * Why a network measure is null, in `lang`, with the network's size. The words do not name the
 * measure (the `measure` field does), so that measures with the same reason can share it.
 */
export function networkMeasureNotMeasured(
  undefinedMeasure: NetworkUndefinedMeasure,
  nodes: number,
  lang: TextLang,
): NotMeasured<NetworkMeasure> {
  const nl = lang === 'nl';
  const organisations = nl
    ? nodes === 1
      ? 'maar één organisatie'
      : `${nodes} organisaties`
    : nodes === 1
      ? 'only one organisation'
      : `${nodes} organisations`;
  const reasons: Record<NetworkUndefinedReason, string> = {
    no_organisations: nl
      ? 'geen organisatie uit de regio neemt deel aan de getelde projecten'
      : 'no organisation of the region takes part in the projects counted',
    fewer_than_two_organisations: nl
      ? `het netwerk heeft ${organisations}; er zijn er ten minste twee nodig`
      : `the network has ${organisations}; at least two are needed`,
    fewer_than_three_organisations: nl
      ? `het netwerk heeft ${organisations}; er zijn er ten minste drie nodig (een paar andere om tussen te liggen)`
      : `the network has ${organisations}; at least three are needed (a pair of others to lie between)`,
    no_links: nl
      ? `${nodes === 1 ? 'de enige organisatie deelt geen' : `geen van de ${nodes} organisaties deelt een`} project met een andere uit de regio; er is ten minste één verbinding nodig`
      : `${nodes === 1 ? 'the only organisation shares no' : `none of the ${nodes} organisations shares a`} project with another from the region; at least one link is needed`,
    one_role_at_link_ends: nl
      ? 'elke verbinding loopt tussen organisaties met dezelfde helixrol; er zijn verbindingen tussen twee rollen nodig'
      : 'every link joins organisations of one and the same helix role; links between two roles are needed',
  };
  return {
    measure: undefinedMeasure.measure,
    reason_code: undefinedMeasure.reason,
    reason: reasons[undefinedMeasure.reason],
  };
}

/** Why a role pair's ratio of observed to expected links is null, in `lang`. */
export function rolePairRatioNotMeasured(
  reason: RoleMixingUndefinedReason,
  lang: TextLang,
): string {
  const reasons: Record<TextLang, Record<RoleMixingUndefinedReason, string>> = {
    en: {
      no_links: 'the network has no links, so no link is expected and the ratio would divide by 0',
      role_without_links:
        'no link of the network ends at an organisation of one of these roles, so no link between them is expected and the ratio would divide by 0',
    },
    nl: {
      no_links:
        'het netwerk heeft geen verbindingen; er wordt dus geen verbinding verwacht en de verhouding zou door 0 delen',
      role_without_links:
        'geen verbinding van het netwerk eindigt bij een organisatie met een van deze rollen; er wordt dus geen verbinding tussen de twee verwacht en de verhouding zou door 0 delen',
    },
  };
  return reasons[lang][reason];
}

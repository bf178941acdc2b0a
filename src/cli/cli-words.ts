/** Words the command line shows in both languages: helix roles, measures, regions. */
import type { TextLang } from '../services/analytics/measure-status.js';

/** The helix roles in words, per language, as the web shows them. */
const HELIX_ROLE_WORDS: Readonly<Record<TextLang, Readonly<Record<string, string>>>> = {
  en: {
    business: 'business',
    research: 'research',
    education: 'education',
    government: 'government',
    other: 'other',
  },
  nl: {
    business: 'bedrijf',
    research: 'onderzoek',
    education: 'onderwijs',
    government: 'overheid',
    other: 'overig',
  },
};

/**
 * A helix role (`business`) as a word in `lang`; an unknown role as it is.
 *
 * @example helixRoleWord('government', 'nl'); // 'overheid'
 */
export function helixRoleWord(role: string, lang: TextLang): string {
  return HELIX_ROLE_WORDS[lang][role] ?? role;
}

/** What a key-area figure counts, per language. */
const MEASURE_WORDS: Readonly<Record<TextLang, Readonly<Record<string, string>>>> = {
  en: {
    participations: 'participations',
    ec_contribution: 'EU contribution (EUR)',
    organisations: 'organisations',
  },
  nl: {
    participations: 'deelnames',
    ec_contribution: 'EU-bijdrage (euro)',
    organisations: 'organisaties',
  },
};

/**
 * A key-area measure (`participations`) in words in `lang`; an unknown one as it is.
 *
 * @example measureWord('participations', 'nl'); // 'deelnames'
 */
export function measureWord(measure: string, lang: TextLang): string {
  return MEASURE_WORDS[lang][measure] ?? measure;
}

/**
 * A region as text: its name with its code, or the code alone when the name is the code.
 *
 * @example regionWithCode('Twente', 'NL213'); // 'Twente (NL213)'
 */
export function regionWithCode(name: string, code: string): string {
  return name === code ? code : `${name} (${code})`;
}

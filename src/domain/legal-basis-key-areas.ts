import { legalBasisRule } from '../core/keyareas/legal-basis-rule.js';
import rules from './legal-basis-key-areas.json' with { type: 'json' };

type Weights = readonly (readonly [string, number])[];
type RuleTable = Readonly<Record<string, Readonly<Record<string, Weights>>>>;

/** A code's key areas and their weights, as the data file writes them: `{ "htsm": 0.8, ... }`. */
type WeightData = Readonly<Record<string, number>>;

/**
 * The tables as legal-basis-key-areas.json keeps them: per taxonomy and code, the weights or the
 * name of a set of `shares` many codes use (`food`: Agri & Food and Horticulture in the one
 * proportion every food code gives them, 3 : 1).
 */
type RuleData = Readonly<Record<string, Readonly<Record<string, WeightData | string>>>>;

const SHARES: Readonly<Record<string, WeightData>> = rules.shares;

/** A table of the data file as [key area, weight] lists, its named shares written out. */
function ruleTable(table: RuleData): RuleTable {
  return Object.fromEntries(
    Object.entries(table).map(([taxonomy, codes]) => [
      taxonomy,
      Object.fromEntries(
        Object.entries(codes).map(([code, w]) => [
          code,
          Object.entries(typeof w === 'string' ? SHARES[w]! : w),
        ]),
      ),
    ]),
  );
}

/**
 * Classification of Horizon 2020 projects into key areas by the legal basis CORDIS's project file
 * gives them (`legalBasis`; `programme` in the 2017-2020 layout), used instead of the programme
 * part for every project that has one. A project's code is classified by the most specific code
 * below that it lies in (H2020-EU.2.1.1.7. by H2020-EU.2.1.1.). Data, like the programme-part
 * mapping: stored in `programme_key_areas` (source_kind `programme_code`), editable, and
 * documented with the reason for each row in docs/methods.md. Weights per code and taxonomy sum
 * to 1. Agri & Food and Horticulture always come together in one proportion: no legal basis or
 * topic of Horizon 2020 separates horticulture from the rest of food and farming, so they stay
 * measured together.
 */
export const LEGAL_BASIS_KEY_AREAS: RuleTable = ruleTable(rules.legalBasis);

/**
 * Call-topic prefixes that classify a project more finely than its legal basis: most Blue Growth
 * and Sustainable Food Security topics carry only the legal basis of the whole of Societal
 * Challenge 2 (H2020-EU.3.2.), and the water topics of Societal Challenge 5 that of
 * eco-innovation. A project whose topic starts with one of these is classified by it (stored
 * with source_kind `topic`, the prefix as source_code).
 */
export const TOPIC_KEY_AREAS: RuleTable = ruleTable(rules.topic);

/**
 * Horizon 2020 legal bases that name no theme and are classified into no key area: the ERC,
 * Marie Skłodowska-Curie actions, research infrastructures, access to risk finance, the SME
 * instrument, widening participation, science with and for society, the JRC, the EIT, the
 * framework programme as a whole, and the pillar codes without a part (H2020-EU.1. to 3.).
 */
export const UNCLASSIFIED_LEGAL_BASES: readonly string[] = [
  'H2020-EU.1.',
  'H2020-EU.1.1.',
  'H2020-EU.1.3.',
  'H2020-EU.1.4.',
  'H2020-EU.2.',
  'H2020-EU.2.2.',
  'H2020-EU.2.3.',
  'H2020-EU.3.',
  'H2020-EU.4.',
  'H2020-EU.5.',
  'H2020-EU.6.',
  'H2020-EU.7.',
  'H2020-EC',
];

const KNOWN = [
  ...UNCLASSIFIED_LEGAL_BASES,
  ...Object.values(LEGAL_BASIS_KEY_AREAS).flatMap((codes) => Object.keys(codes)),
];

/**
 * True when the classification knows the legal-basis code: it lies in a classified code of some
 * taxonomy or in an unclassified one. An import lists the codes it does not know.
 *
 * @example legalBasisKnown('H2020-EU.2.1.1.7.') -> true
 * @example legalBasisKnown('HORIZON.2.4') -> false
 */
export function legalBasisKnown(code: string): boolean {
  return legalBasisRule(code, KNOWN) !== undefined;
}

import { legalBasisRule } from '../core/keyareas/legal-basis-rule.js';
import { TAXONOMY_2004, TAXONOMY_2011 } from './taxonomy-ids.js';

type Weights = readonly (readonly [string, number])[];
type RuleTable = Readonly<Record<string, Readonly<Record<string, Weights>>>>;

/** Agri & Food and Horticulture in the one proportion every food code gives them (3 : 1). */
const FOOD_2011: Weights = [
  ['agri-food', 0.75],
  ['horticulture', 0.25],
];

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
export const LEGAL_BASIS_KEY_AREAS: RuleTable = {
  [TAXONOMY_2011]: {
    'H2020-EU.1.2.': [['htsm', 1]],
    'H2020-EU.2.1.': [
      ['htsm', 0.8],
      ['chemistry', 0.2],
    ],
    'H2020-EU.2.1.1.': [['htsm', 1]],
    'H2020-EU.2.1.2.': [['htsm', 1]],
    'H2020-EU.2.1.3.': [
      ['htsm', 0.5],
      ['chemistry', 0.5],
    ],
    'H2020-EU.2.1.4.': [
      ['chemistry', 0.5],
      ['lsh', 0.5],
    ],
    'H2020-EU.2.1.5.': [['htsm', 1]],
    'H2020-EU.2.1.6.': [['htsm', 1]],
    'H2020-EU.3.1.': [['lsh', 1]],
    'H2020-EU.3.2.': [
      ['agri-food', 0.6],
      ['horticulture', 0.2],
      ['water', 0.2],
    ],
    'H2020-EU.3.2.1.': FOOD_2011,
    'H2020-EU.3.2.2.': FOOD_2011,
    'H2020-EU.3.2.3.': [['water', 1]],
    'H2020-EU.3.2.4.': [['chemistry', 1]],
    'H2020-EU.3.2.5.': [['water', 1]],
    'H2020-EU.3.2.6.': [['chemistry', 1]],
    'H2020-EU.3.3.': [['energy', 1]],
    'H2020-EU.3.4.': [
      ['logistics', 0.6],
      ['htsm', 0.4],
    ],
    'H2020-EU.3.4.5.': [['htsm', 1]],
    'H2020-EU.3.4.6.': [['energy', 1]],
    'H2020-EU.3.4.7.': [['logistics', 1]],
    'H2020-EU.3.5.': [
      ['water', 0.5],
      ['chemistry', 0.5],
    ],
    'H2020-EU.3.6.': [['creative', 1]],
    'H2020-EU.3.7.': [['htsm', 1]],
    'H2020-Euratom': [['energy', 1]],
  },
  [TAXONOMY_2004]: {
    'H2020-EU.1.2.': [
      ['htsm', 0.5],
      ['ict', 0.5],
    ],
    'H2020-EU.2.1.': [
      ['htsm', 0.6],
      ['ict', 0.4],
    ],
    'H2020-EU.2.1.1.': [['ict', 1]],
    'H2020-EU.2.1.2.': [['htsm', 1]],
    'H2020-EU.2.1.3.': [
      ['htsm', 0.5],
      ['chemistry', 0.5],
    ],
    'H2020-EU.2.1.4.': [['chemistry', 1]],
    'H2020-EU.2.1.5.': [['htsm', 1]],
    'H2020-EU.2.1.6.': [['htsm', 1]],
    'H2020-EU.3.2.': [
      ['flowers-food', 0.8],
      ['water', 0.2],
    ],
    'H2020-EU.3.2.1.': [['flowers-food', 1]],
    'H2020-EU.3.2.2.': [['flowers-food', 1]],
    'H2020-EU.3.2.3.': [['water', 1]],
    'H2020-EU.3.2.4.': [['chemistry', 1]],
    'H2020-EU.3.2.5.': [['water', 1]],
    'H2020-EU.3.2.6.': [['chemistry', 1]],
    'H2020-EU.3.4.': [['htsm', 1]],
    'H2020-EU.3.5.': [
      ['water', 0.5],
      ['chemistry', 0.5],
    ],
    'H2020-EU.3.6.': [['creative', 1]],
    'H2020-EU.3.7.': [
      ['ict', 0.5],
      ['htsm', 0.5],
    ],
  },
};

/**
 * Call-topic prefixes that classify a project more finely than its legal basis: most Blue Growth
 * and Sustainable Food Security topics carry only the legal basis of the whole of Societal
 * Challenge 2 (H2020-EU.3.2.), and the water topics of Societal Challenge 5 that of
 * eco-innovation. A project whose topic starts with one of these is classified by it (stored
 * with source_kind `topic`, the prefix as source_code).
 */
export const TOPIC_KEY_AREAS: RuleTable = {
  [TAXONOMY_2011]: {
    'BG-': [['water', 1]],
    'SFS-': FOOD_2011,
    'LC-SFS-': FOOD_2011,
    'CE-SFS-': FOOD_2011,
    'DT-SFS-': FOOD_2011,
    'RUR-': FOOD_2011,
    BBI: [['chemistry', 1]],
    'WATER-': [['water', 1]],
  },
  [TAXONOMY_2004]: {
    'BG-': [['water', 1]],
    'SFS-': [['flowers-food', 1]],
    'LC-SFS-': [['flowers-food', 1]],
    'CE-SFS-': [['flowers-food', 1]],
    'DT-SFS-': [['flowers-food', 1]],
    'RUR-': [['flowers-food', 1]],
    BBI: [['chemistry', 1]],
    'WATER-': [['water', 1]],
  },
};

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

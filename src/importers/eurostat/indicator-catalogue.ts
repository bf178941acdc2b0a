import { familyIndicator } from './indicator-families.js';
import { EUROSTAT_DATASET_TITLES } from './indicator-meta.js';
import { codeLabel, type Bilingual, type BilingualTable } from './eurostat-labels.js';
import catalogue from './indicator-catalogue.json' with { type: 'json' };

/** One indicator as readers know it, whichever files carry it (`ids`, best source first). */
interface Concept {
  readonly key: string;
  readonly group: string;
  readonly name: Bilingual;
  readonly ids: readonly string[];
}

/**
 * The catalogue, kept as data in indicator-catalogue.json: `groups`, the themes the indicators are
 * grouped by, in the order readers meet them; `concepts`, the indicators of the data Regiokracht
 * reads that are one and the same indicator in several files, units or versions (GERD as % of GDP
 * comes in four: the long file, rd_e_gerdreg, tgs00042 with and without its dimensions), and the
 * single ones, named in words; `files`, the titles of the files that are not one Eurostat dataset.
 */
const CATALOGUE: {
  readonly groups: readonly { readonly id: string; readonly name: Bilingual }[];
  readonly concepts: readonly Concept[];
  readonly files: BilingualTable;
} = catalogue;

/** The themes the indicators are grouped by, in the order readers meet them. */
export const INDICATOR_GROUPS: readonly (readonly [id: string, name: Bilingual])[] =
  CATALOGUE.groups.map(({ id, name }) => [id, name] as const);

/** What the catalogue says of one indicator id. */
export interface IndicatorDescription {
  /** The key shared by every id that is the same indicator. */
  readonly concept: string;
  readonly group: string;
  readonly groupName: Bilingual;
  /** Sort key: groups in their order, within a group the catalogue's order. */
  readonly order: number;
  readonly name: Bilingual;
}

const BY_ID = new Map<string, { concept: Concept; rank: number }>();
CATALOGUE.concepts.forEach((concept, rank) => {
  for (const id of concept.ids) BY_ID.set(id, { concept, rank });
});

/**
 * The indicator an id stands for, named in words, with its theme; undefined for an id the
 * catalogue does not know (an indicator of a user's own template keeps the names it came with).
 *
 * @example describeIndicator('tgs00042').concept === describeIndicator('rd_e_gerdreg_pc_gdp_total').concept
 */
export function describeIndicator(id: string): IndicatorDescription | undefined {
  const known = BY_ID.get(id);
  const family = known ? undefined : familyIndicator(id);
  const group = known?.concept.group ?? family?.group;
  const groupIndex = INDICATOR_GROUPS.findIndex(([g]) => g === group);
  if (groupIndex === -1) return undefined;
  const rank = known ? known.rank : 1000 + family!.rank;
  return {
    concept: known?.concept.key ?? family!.concept,
    group: group!,
    groupName: INDICATOR_GROUPS[groupIndex]![1],
    order: groupIndex * 10_000 + rank,
    name: known?.concept.name ?? family!.name,
  };
}

/** The position of an id among the files of its indicator (0 is the preferred source). */
export function indicatorSourceRank(id: string): number {
  const known = BY_ID.get(id);
  return known ? known.concept.ids.indexOf(id) : 0;
}

/**
 * The title of the dataset or file an indicator was read from, in Dutch and English; the
 * dataset id itself when neither table knows it.
 *
 * @example datasetTitle('eurostat:tgs00042').en -> 'Gross domestic expenditure on R&D (GERD) ... (tgs00042)'
 */
export function datasetTitle(dataset: string | null): Bilingual | undefined {
  if (!dataset) return undefined;
  const file = codeLabel(CATALOGUE.files, dataset);
  if (file) return file;
  const code = dataset.replace(/^eurostat:/, '');
  const title = EUROSTAT_DATASET_TITLES[code];
  return title
    ? { nl: `Eurostat: ${title.nl} (${code})`, en: `Eurostat: ${title.en} (${code})` }
    : { nl: dataset, en: dataset };
}

import { TAXONOMY_2004, TAXONOMY_2011 } from './starter-content.js';

/**
 * Default classification of Horizon 2020 projects into key areas, by programme part (the H2020
 * pillars and societal challenges). It is data: stored in `programme_key_areas`, editable, and
 * documented in docs/methods.md. Parts without a theme (ERC, MSCA, research infrastructures,
 * SME instrument, SWAFS, SEWP, ARF) stay unclassified rather than being spread thinly.
 *
 * Each entry: programme part -> [key-area code, weight][], weights per part and taxonomy sum to 1.
 */
export const PROGRAMME_PART_KEY_AREAS: Readonly<
  Record<string, Readonly<Record<string, readonly (readonly [string, number])[]>>>
> = {
  [TAXONOMY_2011]: {
    SC1: [['lsh', 1]],
    SC2: [
      ['agri-food', 0.6],
      ['horticulture', 0.2],
      ['water', 0.2],
    ],
    SC3: [['energy', 1]],
    SC4: [
      ['logistics', 0.6],
      ['htsm', 0.4],
    ],
    SC5: [
      ['water', 0.5],
      ['chemistry', 0.5],
    ],
    SC6: [['creative', 1]],
    SC7: [['htsm', 1]],
    LEIT: [
      ['htsm', 0.8],
      ['chemistry', 0.2],
    ],
    FET: [['htsm', 1]],
    Euratom: [['energy', 1]],
  },
  [TAXONOMY_2004]: {
    SC2: [
      ['flowers-food', 0.8],
      ['water', 0.2],
    ],
    SC4: [['htsm', 1]],
    SC5: [
      ['water', 0.5],
      ['chemistry', 0.5],
    ],
    SC6: [['creative', 1]],
    SC7: [
      ['ict', 0.5],
      ['htsm', 0.5],
    ],
    LEIT: [
      ['htsm', 0.6],
      ['ict', 0.4],
    ],
    FET: [
      ['htsm', 0.5],
      ['ict', 0.5],
    ],
  },
};

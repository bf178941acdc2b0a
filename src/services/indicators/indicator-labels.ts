import {
  datasetTitle,
  describeIndicator,
  indicatorSourceRank,
} from '../../importers/eurostat/indicator-catalogue.js';
import { unitLabels } from '../../importers/eurostat/unit-labels.js';

/** What readers are shown of an indicator beside its id: names, theme, unit and source in words. */
export interface IndicatorLabels {
  name_nl: string;
  name_en: string;
  unit_nl: string;
  unit_en: string;
  /** The key shared by every id that is the same indicator from another file, unit or version. */
  concept: string;
  group: string;
  group_nl: string;
  group_en: string;
  /** Sort key: themes in their order, then the indicators within a theme. */
  order: number;
  /** 0 for the preferred source of the indicator, higher for the others. */
  preference: number;
  source_nl: string | null;
  source_en: string | null;
}

/** The theme of indicators the catalogue does not know (a region's own template). */
const OTHER = { group: 'other', nl: 'Overige indicatoren', en: 'Other indicators' } as const;

/**
 * The labels of one indicator row: from the catalogue when it knows the id, else the names the
 * row was stored with, under "other indicators"; a unit without a readers' name keeps its code.
 *
 * @example indicatorLabels({ id: 'tgs00040', name_nl: '…', name_en: '…', unit: 'P_MHAB', dataset_id: 'eurostat:tgs00040' })
 *   -> { name_en: 'Patent applications to the European Patent Office', unit_en: 'per million inhabitants', concept: 'epo_p_mhab', … }
 */
export function indicatorLabels(row: {
  readonly id: string;
  readonly name_nl: string;
  readonly name_en: string;
  readonly unit: string;
  readonly dataset_id: string | null;
}): IndicatorLabels {
  const known = describeIndicator(row.id);
  const unit = unitLabels(row.unit) ?? { nl: row.unit, en: row.unit };
  const source = datasetTitle(row.dataset_id);
  return {
    name_nl: known?.name.nl ?? row.name_nl,
    name_en: known?.name.en ?? row.name_en,
    unit_nl: unit.nl,
    unit_en: unit.en,
    concept: known?.concept ?? row.id,
    group: known?.group ?? OTHER.group,
    group_nl: known?.groupName.nl ?? OTHER.nl,
    group_en: known?.groupName.en ?? OTHER.en,
    order: known?.order ?? 1_000_000,
    preference: indicatorSourceRank(row.id),
    source_nl: source?.nl ?? null,
    source_en: source?.en ?? null,
  };
}

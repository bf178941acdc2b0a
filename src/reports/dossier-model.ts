import type { CoverageStatement, MeasureStatus } from '../services/analytics/measure-status.js';
import type { FigureSource } from '../services/analytics/provenance.js';
import type { FigurePeriod } from '../services/analytics/region-placement.js';
import {
  DOSSIER_SOURCE_KEYS,
  type Bilingual,
  type DossierInputs,
  type DossierSourceKey,
  type DossierVisitInput,
} from '../services/dossier/dossier-inputs.js';
import { bilingual } from './model/bilingual.js';
import { dossierConnecting, type DossierConnecting } from './model/dossier-connecting.js';
import { dossierMap, type DossierMap } from './model/dossier-map.js';
import { dossierTopic1, type DossierTopic1 } from './model/dossier-topic-1.js';
import { dossierTopic2, type DossierTopic2 } from './model/dossier-topic-2.js';
import { dossierTopic3, type DossierTopic3 } from './model/dossier-topic-3.js';
import { keyAreaNames } from './model/key-area-names.js';
import { dossierSourceRecords, type DossierSourceRecord } from './model/dossier-source-records.js';

export type { Bilingual, DossierInputs, DossierSourceKey };
export type { DossierLinks } from './model/dossier-links.js';
export type { DossierNetworkNode } from './model/dossier-network.js';
export type { DossierKeyArea } from './model/dossier-topic-2.js';
export type { DossierFund } from './model/dossier-topic-3.js';
export type { DossierSourceRecord } from './model/dossier-source-records.js';
export type { DossierPractice, DossierPracticeReason } from './model/dossier-connecting.js';
export { synergyReading, type SynergyReading } from './model/dossier-topic-1.js';

/** The visit dossier's content, independent of language and format. */
export interface DossierModel {
  readonly generated_at: string;
  readonly region: {
    readonly code: string;
    readonly level: number;
    readonly name: Bilingual;
    readonly country: string;
    readonly parent: { readonly code: string; readonly name: Bilingual } | null;
  };
  readonly visit: DossierVisitInput | null;
  /**
   * Whether topics 1 and 2 (placed participations) can be measured for the region; when not, their
   * counts are null. The coverage: how much of the country's participations the data places at the
   * region's level. The period: the start years of the region's projects.
   */
  readonly measurement: {
    readonly available: boolean;
    readonly reason_code: MeasureStatus['reason_code'];
    readonly coverage: Omit<CoverageStatement, 'note'>;
    readonly period: FigurePeriod | null;
  };
  readonly map: DossierMap | null;
  readonly topic1: DossierTopic1;
  readonly topic2: DossierTopic2;
  readonly topic3: DossierTopic3;
  readonly connecting: DossierConnecting;
  /**
   * The source of every figure; `records`: the funds, contact points and good practices shown,
   * each with the page it was taken from (empty for the other figures).
   */
  readonly sources: readonly {
    readonly key: DossierSourceKey;
    readonly source: FigureSource;
    readonly records: readonly DossierSourceRecord[];
  }[];
}

export interface DossierModelOptions {
  /** Organisations drawn in the network picture (the most central with a link in the region). */
  readonly networkDrawn?: number;
  /** Organisations in the network table. */
  readonly networkTop?: number;
  readonly similarRegions?: number;
  readonly partners?: number;
  readonly practices?: number;
  /** Partner regions and countries in the links table. */
  readonly linkPartners?: number;
}

const DEFAULTS = {
  networkDrawn: 40,
  networkTop: 12,
  similarRegions: 5,
  partners: 8,
  practices: 6,
  linkPartners: 10,
};

/**
 * The dossier of a region from its already computed figures: the three topics, connecting regions
 * and the source of every figure, one section model each (under `model/`). Pure: the same inputs
 * give the same model (the date comes from `inputs.generatedAt`). Sections without data stay
 * empty (an empty list or null); the renderers say so in words rather than inventing anything.
 *
 * @example
 * const model = dossierModel(inputs);
 * model.topic1.synergy.reading; // 'uncertain' for Twente: T = -4.7 mbit, interval -23.6 to 5.3
 */
export function dossierModel(
  inputs: DossierInputs,
  options: DossierModelOptions = {},
): DossierModel {
  const o = { ...DEFAULTS, ...options };
  const keyAreas = keyAreaNames(inputs);
  const region = inputs.region;
  const { note: _note, ...coverage } = inputs.placement.coverage;
  const topic3 = dossierTopic3(inputs, keyAreas);
  const connecting = dossierConnecting(inputs, keyAreas, o);
  return {
    generated_at: inputs.generatedAt.toISOString(),
    region: {
      code: region.code,
      level: region.level,
      name: bilingual(region.name_nl, region.name_en),
      country: region.country_code,
      parent: region.parent
        ? {
            code: region.parent.code,
            name: bilingual(region.parent.name_nl, region.parent.name_en),
          }
        : null,
    },
    visit: inputs.visit,
    measurement: {
      available: inputs.placement.available,
      reason_code: inputs.placement.reason_code,
      coverage,
      period: inputs.placement.period,
    },
    map: dossierMap(inputs),
    topic1: dossierTopic1(inputs, { drawn: o.networkDrawn, top: o.networkTop }),
    topic2: dossierTopic2(inputs, keyAreas),
    topic3,
    connecting,
    sources: DOSSIER_SOURCE_KEYS.map((key) => ({
      key,
      source: inputs.sources[key],
      records: dossierSourceRecords(key, topic3, connecting),
    })),
  };
}

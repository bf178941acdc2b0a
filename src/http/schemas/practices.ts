/**
 * Good practices: the record, its list with facets, the recommendations for a region, and what
 * clients send. The practice's fields are written once here; the record, the bodies, the services'
 * input types and the web form's body derive from them.
 */
import { Type, type Static } from 'typebox';
import {
  PRACTICE_LANGUAGES,
  PRACTICE_STATUSES,
  RECOMMENDATION_CRITERIA,
} from '../../domain/practice-values.js';
import {
  ChangesBody,
  Nullable,
  NullableString,
  Page,
  pageQueryProperties,
  REGION_CODE_PATTERN,
  RegionCode,
  RegionName,
  StringEnum,
  closed,
} from './common.js';

const named = { name_nl: Type.String(), name_en: Type.String() };

export const PracticeStatus = StringEnum(PRACTICE_STATUSES);
export type PracticeStatus = Static<typeof PracticeStatus>;

const Topic = Type.Integer({
  enum: [1, 2, 3],
  description: '1 innovation system, 2 key areas, 3 regional innovation power',
});
const PartialDate = Nullable(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }), {
  description: 'YYYY, YYYY-MM or YYYY-MM-DD',
});
const text = (maxLength: number, description?: string) =>
  Nullable(Type.String({ maxLength }), description ? { description } : {});

/** The fields of a practice a client writes, each with its limits. */
export const practiceFieldProperties = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  region: Type.Unsafe<string>({ ...RegionCode, description: 'NUTS code of the region' }),
  topic: Topic,
  key_areas: Type.Array(Type.String({ maxLength: 120 }), {
    maxItems: 50,
    description: 'Key-area ids such as topsectoren-2011/htsm; replaces the list',
  }),
  period_start: PartialDate,
  period_end: PartialDate,
  description: Type.String({ minLength: 1, maxLength: 20000 }),
  resources: text(5000, 'Resources needed: money, people, time'),
  evidence: text(10000, 'Evidence of success'),
  transfer_potential: text(
    10000,
    'Potential for transfer: what another region needs to take it over',
  ),
  contact: text(1000),
  source_url: text(2000, 'Where it is documented (http or https)'),
  language: StringEnum(PRACTICE_LANGUAGES, {
    description: 'Language of the text; full-text search stems it in this language',
  }),
};

/** A key area a practice is tagged with. */
const PracticeKeyArea = Type.Object({ id: Type.String(), ...named }, closed);
/** A transfer of a practice to another region. */
const PracticeTransfer = Type.Object(
  {
    id: Type.String(),
    region: Type.String(),
    ...named,
    year: Nullable(Type.Integer()),
    outcome: NullableString,
  },
  closed,
);

/** A good practice as the list, the detail and its editors see it. */
export const Practice = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    region: RegionName,
    topic: Type.Integer(),
    period_start: NullableString,
    period_end: NullableString,
    description: Type.String(),
    resources: NullableString,
    evidence: NullableString,
    transfer_potential: NullableString,
    contact: NullableString,
    source_url: NullableString,
    language: Type.String(),
    status: PracticeStatus,
    created_at: Type.String(),
    updated_at: Type.String(),
    version: Type.Integer(),
    key_areas: Type.Array(PracticeKeyArea),
    transfers: Type.Array(PracticeTransfer),
  },
  closed,
);
export type Practice = Static<typeof Practice>;

const count = { count: Type.Integer() };
/**
 * Counts per value of each filter, for the filter controls: every topic, region and key area that
 * practices of the asked status have, with how many of them match the search and the other filters
 * (a facet leaves its own filter out; 0 where none match).
 */
export const PracticeFacets = Type.Object(
  {
    topics: Type.Array(Type.Object({ topic: Type.Integer(), ...count }, closed)),
    regions: Type.Array(Type.Object({ code: Type.String(), ...named, ...count }, closed)),
    key_areas: Type.Array(
      Type.Object({ id: Type.String(), taxonomy_id: Type.String(), ...named, ...count }, closed),
    ),
  },
  closed,
);
export type PracticeFacets = Static<typeof PracticeFacets>;

/** A page of practices with the facets of the search. */
export const PracticePage = Type.Object(
  { ...Page(Practice).properties, facets: PracticeFacets },
  closed,
);
export type PracticePage = Static<typeof PracticePage>;

const CriterionKind = StringEnum(['key-area', 'indicator'] as const);

/** Why a practice is recommended: a criterion where the region is weak and the practice's region does better. */
export const RecommendationReason = Type.Object(
  {
    kind: CriterionKind,
    id: Type.String(),
    ...named,
    measure: StringEnum(['LQ', 'score'] as const, {
      description:
        'LQ (location quotient against the country) or score (normalised index score, 0-1)',
    }),
    region_score: Type.Number(),
    practice_region_score: Type.Number(),
    gap: Type.Number(),
    region_score_of: Type.String({
      description:
        'the area whose score region_score is: the region, or for an index score its province when the index is computed for the province',
    }),
    practice_region_score_of: Type.String({
      description: 'the area whose score practice_region_score is (as region_score_of)',
    }),
    text_nl: Type.String(),
    text_en: Type.String(),
  },
  closed,
);
export type RecommendationReason = Static<typeof RecommendationReason>;

export const RecommendationCriteria = StringEnum(RECOMMENDATION_CRITERIA, {
  description: 'key-area LQs, index indicator scores, or both (default)',
});
export type RecommendationCriteria = Static<typeof RecommendationCriteria>;

/** Good practices for a region, each with its reasons, and how they were chosen. */
export const PracticeRecommendations = Type.Object(
  {
    region: RegionName,
    criteria: RecommendationCriteria,
    taxonomy: Type.String(),
    weakest: Type.Array(
      Type.Object(
        {
          kind: CriterionKind,
          id: Type.String(),
          ...named,
          score: Type.Number(),
          score_of: Type.String({
            description:
              'the area whose weak point it is: the region for a key area, the area its index is computed for (a NUTS 3 region: its province) for an indicator',
          }),
        },
        closed,
      ),
      { description: "The region's weakest criteria, lowest first per kind" },
    ),
    weakest_texts: Type.Array(
      Type.Object(
        {
          kind: CriterionKind,
          of: Type.String({ description: 'the area whose weak points the sentence names' }),
          text_nl: Type.String(),
          text_en: Type.String(),
        },
        closed,
      ),
      {
        description:
          'The weakest criteria in words, a sentence per kind, naming whose they are ("Overijssel, the province Twente lies in, is weakest in these index indicators: ...")',
      },
    ),
    items: Type.Array(
      Type.Object(
        {
          practice: Practice,
          score: Type.Number({ description: 'The largest gap among the reasons' }),
          reasons: Type.Array(RecommendationReason),
        },
        closed,
      ),
    ),
    method: Type.String({ description: 'How the practices are chosen, in English' }),
    method_nl: Type.String({ description: 'How the practices are chosen, in Dutch' }),
  },
  closed,
);
export type PracticeRecommendations = Static<typeof PracticeRecommendations>;

// What clients send.

export const PracticeListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'Words to find, each in any inflected form (stemmed in the practice language: Dutch or English)',
      }),
    ),
    status: Type.Optional(
      StringEnum([...PRACTICE_STATUSES, 'all'] as const, {
        description: 'published (default), draft or all',
      }),
    ),
    topic: Type.Optional(Topic),
    region: Type.Optional(Type.String({ pattern: REGION_CODE_PATTERN })),
    key_area: Type.Optional(Type.String({ maxLength: 120 })),
    ...pageQueryProperties,
    limit: Type.Integer({ ...pageQueryProperties.limit, default: 20 }),
  },
  closed,
);

const optionalFields = {
  key_areas: Type.Optional(practiceFieldProperties.key_areas),
  period_start: Type.Optional(practiceFieldProperties.period_start),
  period_end: Type.Optional(practiceFieldProperties.period_end),
  resources: Type.Optional(practiceFieldProperties.resources),
  evidence: Type.Optional(practiceFieldProperties.evidence),
  transfer_potential: Type.Optional(practiceFieldProperties.transfer_potential),
  contact: Type.Optional(practiceFieldProperties.contact),
  source_url: Type.Optional(practiceFieldProperties.source_url),
  language: Type.Optional(practiceFieldProperties.language),
};

/** A new good practice: title, region, topic and description are required. */
const { title, region, topic, description } = practiceFieldProperties;
const requiredFields = { title, region, topic, description };
export const NewPracticeBody = Type.Object(
  {
    ...requiredFields,
    ...optionalFields,
    status: Type.Optional(StringEnum(PRACTICE_STATUSES, { default: 'draft' })),
  },
  closed,
);
export type NewPracticeBody = Static<typeof NewPracticeBody>;

/** Changes to a good practice: the version last read and the fields to change (absent = unchanged). */
export const PracticeChangesBody = ChangesBody(requiredFields, optionalFields);
export type PracticeChanges = Static<typeof PracticeChangesBody>;

/** A transfer of a practice to another region: where to, when, and what came of it. */
export const TransferBody = Type.Object(
  {
    to_region: Type.Unsafe<string>({ ...RegionCode, description: 'NUTS code of the region' }),
    year: Type.Optional(Nullable(Type.Integer({ minimum: 1950, maximum: 2100 }))),
    outcome: Type.Optional(text(5000)),
  },
  closed,
);
export type TransferInput = Static<typeof TransferBody>;

export const RecommendationsQuery = Type.Object(
  {
    criteria: Type.Optional(RecommendationCriteria),
    taxonomy: Type.Optional(Type.String({ maxLength: 60 })),
    weakest: Type.Integer({ minimum: 1, maximum: 50, default: 3 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  },
  closed,
);

import type { FastifyInstance } from 'fastify';
import { ADMINISTRATORS } from '../../domain/role.js';
import { PUBLIC } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { signedInOptions } from './signed-in-options.js';
import { HELIX_SYNERGY_DEFAULTS } from '../../core/helix/helix-synergy.js';
import type { TextLang } from '../../services/analytics/measure-status.js';
import {
  coveredProperties,
  langQuery,
  measureStatusProperties,
} from '../schemas/measure-status.js';
import { HelixRoleCounts, NullableNumber, RegionParam, Source } from '../schemas/common.js';

const helixSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    ...coveredProperties,
    projects: { type: ['integer', 'null'] },
    configurations: {
      type: ['object', 'null'],
      properties: Object.fromEntries(
        ['U', 'I', 'G', 'UI', 'UG', 'IG', 'UIG'].map((k) => [k, { type: 'integer' }]),
      ),
    },
    t_millibits: NullableNumber,
    t_ci95_millibits: {
      anyOf: [
        { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
        { type: 'null' },
      ],
    },
    composition: {
      type: ['object', 'null'],
      properties: { actors: HelixRoleCounts, participations: HelixRoleCounts },
    },
    source: Source,
  },
} as const;

const keyAreasSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    ...coveredProperties,
    country: { type: 'string' },
    taxonomy: { type: 'string' },
    classification: {
      type: 'string',
      enum: ['legal_basis', 'programme_part'],
      description:
        "what the projects are classified by: CORDIS's legal-basis and topic codes (project file loaded) or programme parts",
    },
    measure: { type: 'string' },
    unit: { type: 'string' },
    reference: { type: 'string' },
    region_total: NullableNumber,
    areas: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          key_area: { type: 'string' },
          code: { type: 'string' },
          name_nl: { type: 'string' },
          name_en: { type: 'string' },
          value: NullableNumber,
          share_of_national: NullableNumber,
          lq: NullableNumber,
          note: { type: ['string', 'null'] },
          members: {
            type: 'array',
            description:
              'the key areas measured in this row: one, or several the classification cannot tell apart',
            items: {
              type: 'object',
              properties: {
                key_area: { type: 'string' },
                code: { type: 'string' },
                name_nl: { type: 'string' },
                name_en: { type: 'string' },
              },
            },
          },
        },
      },
    },
    unclassified: {
      type: 'object',
      description:
        'activity in projects classified into no key area (ERC, MSCA, SME instrument ...), with its share of all the region’s activity',
      properties: {
        value: NullableNumber,
        share: NullableNumber,
        note: { type: ['string', 'null'] },
      },
    },
    source: Source,
  },
} as const;

const networkSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    key_area: { type: ['string', 'null'] },
    ...coveredProperties,
    nodes: { type: ['integer', 'null'] },
    edges: { type: ['integer', 'null'] },
    density: NullableNumber,
    components: { type: ['integer', 'null'] },
    largest_component_share: NullableNumber,
    assortativity_helix: NullableNumber,
    helix_pairs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          a: { type: 'string' },
          b: { type: 'string' },
          observed: { type: 'number' },
          expected: { type: 'number' },
          ratio: NullableNumber,
        },
      },
    },
    communities: {
      type: 'object',
      properties: { count: { type: ['integer', 'null'] }, modularity: NullableNumber },
    },
    organisations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          helix_role: { type: 'string' },
          degree: { type: 'integer' },
          degree_centrality: { type: 'number' },
          betweenness_centrality: { type: 'number' },
          community: { type: 'integer' },
          external_links: { type: 'integer' },
        },
      },
    },
    links: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          source: { type: 'string' },
          target: { type: 'string' },
          weight: { type: 'number' },
        },
      },
    },
    source: Source,
  },
} as const;

const indexRegionSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
    index: { type: 'number' },
    relative: NullableNumber,
    group: { type: ['string', 'null'] },
    band: { type: ['string', 'null'] },
    rank: { type: 'integer' },
    rank_range: { type: 'array', items: { type: 'integer' } },
    filled: { type: 'integer' },
    years: { type: 'array', items: { type: ['integer', 'null'] } },
  },
} as const;

const indexGroupsSchema = {
  type: 'object',
  description:
    "Regiokracht's performance groups on the RIS thresholds; not the official RIS groups",
  properties: {
    label_en: { type: 'string' },
    label_nl: { type: 'string' },
    leader: { type: 'number' },
    strong: { type: 'number' },
    moderate: { type: 'number' },
  },
} as const;

const indexModeProperties = {
  mode: { type: 'string', enum: ['edition', 'year'] },
  edition: { type: ['integer', 'null'] },
  lag: { type: ['integer', 'null'] },
} as const;

const indexSchema = {
  type: 'object',
  properties: {
    ...indexModeProperties,
    year: { type: 'integer' },
    level: { type: 'integer' },
    reference: { type: 'string' },
    reference_index: NullableNumber,
    indicators: { type: 'array', items: { type: 'string' } },
    weights: { type: 'array', items: { type: 'number' } },
    regions: { type: 'array', items: indexRegionSchema },
    excluded: { type: 'integer' },
    indicators_unavailable: { type: 'array', items: { type: 'string' } },
    indicator_years: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          indicator: { type: 'string' },
          latest: { type: ['integer', 'null'] },
          earliest: { type: ['integer', 'null'] },
          regions: { type: 'integer' },
        },
      },
    },
    compared: { type: 'integer' },
    countries: {
      type: 'array',
      items: {
        type: 'object',
        properties: { country: { type: 'string' }, regions: { type: 'integer' } },
      },
    },
    left_out: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          region: { type: 'string' },
          name_nl: { type: 'string' },
          name_en: { type: 'string' },
          own: { type: 'integer' },
          of: { type: 'integer' },
          missing: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    groups: indexGroupsSchema,
    no_result: {
      anyOf: [
        {
          type: 'object',
          properties: {
            reason: { type: 'string' },
            nearest: { type: ['integer', 'null'] },
          },
        },
        { type: 'null' },
      ],
    },
    scaling: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          indicator: { type: 'string' },
          sqrt: { type: 'boolean' },
          clipped_high: { type: 'integer' },
          clipped_low: { type: 'integer' },
          min: { type: 'number' },
          max: { type: 'number' },
        },
      },
    },
    source: Source,
  },
} as const;

const regionIndexSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    computed_for: { type: 'string' },
    ...indexModeProperties,
    year: { type: ['integer', 'null'] },
    index: NullableNumber,
    relative: NullableNumber,
    group: { type: ['string', 'null'] },
    band: { type: ['string', 'null'] },
    rank: { type: ['integer', 'null'] },
    of: { type: 'integer' },
    rank_range: { anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'null' }] },
    reference: { type: 'string' },
    country: { type: 'string' },
    groups: indexGroupsSchema,
    trend: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          year: { type: 'integer' },
          index: { type: 'number' },
          relative: NullableNumber,
          rank: { type: 'integer' },
        },
      },
    },
    indicators: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          score: NullableNumber,
          country_score: NullableNumber,
          reference_score: NullableNumber,
          year: { type: ['integer', 'null'] },
          latest: { type: ['integer', 'null'] },
          filled_from: { type: ['string', 'null'] },
          trend: {
            anyOf: [
              {
                type: 'object',
                properties: {
                  first_year: { type: 'integer' },
                  last_year: { type: 'integer' },
                  first: { type: 'number' },
                  last: { type: 'number' },
                  relative: NullableNumber,
                },
              },
              { type: 'null' },
            ],
          },
        },
      },
    },
    source: Source,
  },
} as const;

const editionQuery = {
  edition: {
    type: 'integer',
    description:
      "edition year (default: the latest edition in which every indicator has data): each indicator's most recent year at or before it, within the lag window",
  },
  lag: { type: 'integer', minimum: 0, maximum: 10, description: 'lag window in years (default 3)' },
  year: { type: 'integer', description: 'one year instead of an edition: that year’s values only' },
} as const;

/** The seed of the network's communities when none is given (the analytics service's default). */
const NETWORK_DEFAULT_SEED = 1;

/** Topic 1-3 figures per region and for all regions. */
export function analyticsRoutes(
  app: FastifyInstance,
  deps: AppDeps & { analytics: NonNullable<AppDeps['analytics']> },
): void {
  app.get<{
    Params: { code: string };
    Querystring: { resamples?: number; seed?: number; lang?: TextLang };
  }>(
    '/api/regions/:code/helix',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Topic 1: helix composition and triple-helix synergy T (millibits, bootstrap 95% interval)',
        tags: ['topic 1: innovation system'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: {
            resamples: {
              type: 'integer',
              minimum: 1,
              maximum: 10000,
              description:
                'bootstrap resamples (default 1000; other values for signed-in users only)',
            },
            seed: {
              type: 'integer',
              description: 'bootstrap seed (default 1; other values for signed-in users only)',
            },
            lang: langQuery,
          },
          additionalProperties: false,
        },
        response: { 200: helixSchema },
      },
    },
    (request) => {
      const { seed, resamples } = request.query;
      signedInOptions(request, { seed, resamples }, HELIX_SYNERGY_DEFAULTS);
      return deps.analytics.helix(request.params.code, request.query);
    },
  );

  app.get<{
    Params: { code: string };
    Querystring: { seed?: number; key_area?: string; lang?: TextLang };
  }>(
    '/api/regions/:code/network',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          "Topic 1: the region's collaboration network with centralities, assortativity, helix mixing and communities",
        tags: ['topic 1: innovation system'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: {
            seed: {
              type: 'integer',
              description: 'Louvain seed (default 1; other values for signed-in users only)',
            },
            key_area: {
              type: 'string',
              description:
                'only the projects classified into this key area, e.g. topsectoren-2011/htsm',
            },
            lang: langQuery,
          },
          additionalProperties: false,
        },
        response: { 200: networkSchema },
      },
    },
    (request) => {
      signedInOptions(request, { seed: request.query.seed }, { seed: NETWORK_DEFAULT_SEED });
      return deps.analytics.network(request.params.code, {
        ...(request.query.seed !== undefined ? { seed: request.query.seed } : {}),
        ...(request.query.key_area ? { keyArea: request.query.key_area } : {}),
        ...(request.query.lang ? { lang: request.query.lang } : {}),
      });
    },
  );

  app.get<{ Params: { code: string } }>(
    '/api/regions/:code/network.gexf',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "The region's collaboration network as GEXF 1.3 (opens in Gephi)",
        tags: ['topic 1: innovation system', 'exports'],
        params: RegionParam,
      },
    },
    async (request, reply) => {
      const gexf = await deps.analytics.networkGexf(request.params.code);
      return reply
        .type('application/gexf+xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="network-${request.params.code.toUpperCase()}.gexf"`,
        )
        .send(gexf);
    },
  );

  app.get<{
    Params: { code: string };
    Querystring: { taxonomy?: string; measure?: string; reference?: string; lang?: TextLang };
  }>(
    '/api/regions/:code/keyareas',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Topic 2: activity, share of the national total and location quotient per key area',
        tags: ['topic 2: key areas'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: {
            taxonomy: {
              type: 'string',
              description: 'key-area taxonomy id (default topsectoren-2011)',
            },
            measure: {
              type: 'string',
              enum: ['participations', 'ec_contribution', 'organisations'],
            },
            reference: {
              type: 'string',
              description:
                'reference area for the LQ: a region code, or ALL (default: the country)',
            },
            lang: langQuery,
          },
          additionalProperties: false,
        },
        response: { 200: keyAreasSchema },
      },
    },
    (request) => deps.analytics.keyAreas(request.params.code, request.query),
  );

  app.get<{
    Querystring: {
      level?: number;
      year?: number;
      edition?: number;
      lag?: number;
      reference?: string;
      indicators?: string;
      country?: string;
    };
  }>(
    '/api/index',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Topic 3: composite innovation index of every region of a NUTS level in one edition (default: the latest) or one year',
        tags: ['topic 3: innovation power'],
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'integer', minimum: 1, maximum: 3 },
            ...editionQuery,
            reference: {
              type: 'string',
              description: 'EU (default), a country code or a region code',
            },
            indicators: { type: 'string', description: 'comma-separated indicator ids' },
            country: {
              type: 'string',
              pattern: '^[A-Za-z]{2}$',
              description: 'list only this country',
            },
          },
          additionalProperties: false,
        },
        response: { 200: indexSchema },
      },
    },
    (request) => {
      const { indicators, ...rest } = request.query;
      return deps.analytics.index({
        ...rest,
        ...(indicators ? { indicators: indicators.split(',').filter(Boolean) } : {}),
      });
    },
  );

  app.get<{
    Params: { code: string };
    Querystring: { year?: number; edition?: number; lag?: number; reference?: string };
  }>(
    '/api/regions/:code/index',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          "Topic 3: a region's index, group, band, rank range and trend (NUTS3 regions get their province's)",
        tags: ['topic 3: innovation power'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: { ...editionQuery, reference: { type: 'string' } },
          additionalProperties: false,
        },
        response: { 200: regionIndexSchema },
      },
    },
    (request) => deps.analytics.regionIndex(request.params.code, request.query),
  );

  const taxonomyQuery = {
    type: 'object',
    properties: {
      taxonomy: { type: 'string' },
      measure: { type: 'string', enum: ['participations', 'ec_contribution', 'organisations'] },
      limit: { type: 'integer', minimum: 1, maximum: 100 },
      lang: langQuery,
    },
    additionalProperties: false,
  } as const;
  const openObject = (description: string) =>
    ({ type: 'object', description, additionalProperties: true }) as const;
  /** An open object that lists, at least, whether the figure is measured and why not. */
  const measuredObject = (description: string) =>
    ({
      type: 'object',
      description,
      properties: { region: { type: 'string' }, ...measureStatusProperties },
      additionalProperties: true,
    }) as const;

  app.get<{
    Params: { code: string };
    Querystring: { taxonomy?: string; measure?: string; lang?: TextLang };
  }>(
    '/api/regions/:code/clusters',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Topic 3: spearheads with key-area coverage, cluster strength stars per key area, investment funds',
        tags: ['topic 3: innovation power'],
        params: RegionParam,
        querystring: taxonomyQuery,
        response: {
          200: measuredObject(
            '{region, available, reason_code, reason, taxonomy, measure, compared_with, spearheads[{id,name_nl,name_en,description,source_id,key_areas}], coverage{covered,uncovered}, stars[{key_area,name_nl,name_en,stars,size,specialisation,focus}], funds[], source}',
          ),
        },
      },
    },
    (request) => deps.analytics.clusters(request.params.code, request.query),
  );

  app.get<{
    Params: { code: string };
    Querystring: { taxonomy?: string; measure?: string; limit?: number; lang?: TextLang };
  }>(
    '/api/regions/:code/similar',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Similar and complementary regions by key-area profile, explained in words',
        tags: ['connecting regions'],
        params: RegionParam,
        querystring: taxonomyQuery,
        response: {
          200: measuredObject(
            '{region, available, reason_code, reason, taxonomy, measure, reference, regions[{region,name_nl,name_en,similarity,they_lead,we_lead,explanation_en,explanation_nl}], source}',
          ),
        },
      },
    },
    (request) => deps.analytics.similar(request.params.code, request.query),
  );

  app.get<{
    Params: { code: string };
    Querystring: { taxonomy?: string; scope?: string; limit?: number; lang?: TextLang };
  }>(
    '/api/regions/:code/partners',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Organisations in other regions active in the same key areas and not yet linked to the region’s organisations',
        tags: ['connecting regions'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: {
            taxonomy: { type: 'string' },
            scope: {
              type: 'string',
              description: 'where to look: a country or region code (default the region’s country)',
            },
            limit: { type: 'integer', minimum: 1, maximum: 100 },
            lang: langQuery,
          },
          additionalProperties: false,
        },
        response: {
          200: measuredObject(
            '{region, available, reason_code, reason, taxonomy, scope, min_activity, organisations[{id,name,region,region_name_nl,region_name_en,helix_role,shared_key_areas,local_partners,reason_en,reason_nl}], source}',
          ),
        },
      },
    },
    (request) => deps.analytics.partners(request.params.code, request.query),
  );

  const weightsSchema = {
    type: 'object',
    properties: {
      recency: { type: 'number', minimum: 0 },
      coverage: { type: 'number', minimum: 0 },
      strength: { type: 'number', minimum: 0 },
      gaps: { type: 'number', minimum: 0 },
      connect: {
        type: 'number',
        minimum: 0,
        description:
          'optional: weight of missing links (similar or complementary regions weakly linked with the region); 0 or absent leaves the score as it is',
      },
    },
    additionalProperties: false,
  } as const;

  app.get<{
    Querystring: {
      level?: number;
      country?: string;
      taxonomy?: string;
      exclude_months?: number;
    } & Partial<Record<'recency' | 'coverage' | 'strength' | 'gaps' | 'connect', number>>;
  }>(
    '/api/next-visit',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Ranking of regions for the next visit, each score split into its weighted parts',
        tags: ['visits'],
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'integer', minimum: 1, maximum: 3 },
            country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
            taxonomy: { type: 'string' },
            exclude_months: { type: 'integer', minimum: 0 },
            ...weightsSchema.properties,
          },
          additionalProperties: false,
        },
        response: {
          200: openObject(
            '{as_of, level, taxonomy, weights, exclude_visited_within_months, ranking[{rank,region,name_nl,name_en,score,last_visit,parts}], excluded, explanation, source}',
          ),
        },
      },
    },
    (request) => {
      const { level, country, taxonomy, exclude_months, ...weights } = request.query;
      return deps.analytics.nextVisit({
        ...(level !== undefined ? { level } : {}),
        ...(country ? { country } : {}),
        ...(taxonomy ? { taxonomy } : {}),
        ...(exclude_months !== undefined ? { excludeVisitedWithinMonths: exclude_months } : {}),
        ...(Object.keys(weights).length ? { weights } : {}),
      });
    },
  );

  app.get(
    '/api/next-visit/weights',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'The saved weights of the next-visit score',
        tags: ['visits'],
        response: { 200: weightsSchema },
      },
    },
    () => deps.analytics.nextVisitWeights(),
  );

  app.put<{
    Body: { recency: number; coverage: number; strength: number; gaps: number; connect?: number };
  }>(
    '/api/next-visit/weights',
    {
      config: { access: { allow: ADMINISTRATORS } },
      schema: {
        summary: 'Save the weights of the next-visit score',
        tags: ['visits'],
        body: { ...weightsSchema, required: ['recency', 'coverage', 'strength', 'gaps'] },
        response: { 200: weightsSchema },
      },
    },
    async (request) => {
      await deps.analytics.saveNextVisitWeights(request.body, request.auditActor);
      return deps.analytics.nextVisitWeights();
    },
  );
}

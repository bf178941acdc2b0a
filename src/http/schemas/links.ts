/** JSON schemas of the region-to-region links (closed: nothing beyond what is listed). */
import { coveredProperties, measureStatusProperties } from './measure-status.js';
import { Source } from './common.js';

const count = { type: 'integer', minimum: 0 } as const;

const closedRoleCounts = {
  type: 'object',
  description: 'organisations in the shared projects, per helix role',
  properties: {
    business: count,
    research: count,
    education: count,
    government: count,
    other: count,
  },
  required: ['business', 'research', 'education', 'government', 'other'],
  additionalProperties: false,
} as const;

const yearCounts = {
  type: 'array',
  description: 'shared projects per start year',
  items: {
    type: 'object',
    properties: { year: { type: 'integer' }, shared_projects: count },
    required: ['year', 'shared_projects'],
    additionalProperties: false,
  },
} as const;

const centroid = {
  type: ['array', 'null'],
  description: 'longitude and latitude of the centroid; null when no boundary is loaded',
  items: { type: 'number' },
  minItems: 2,
  maxItems: 2,
} as const;

export const bridgeOrganisationSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: ['string', 'null'], description: 'null when the source gives no name' },
    pic: { type: 'string' },
    helix_role: { type: 'string' },
    shared_projects: count,
  },
  required: ['id', 'name', 'pic', 'helix_role', 'shared_projects'],
  additionalProperties: false,
} as const;

const nodeNames = {
  name_nl: { type: 'string' },
  name_en: { type: 'string' },
  note_nl: {
    type: ['string', 'null'],
    description: 'for a country: that its organisations take part as the country, and why',
  },
  note_en: { type: ['string', 'null'] },
} as const;

export const linkPartnerSchema = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    kind: { type: 'string', enum: ['region', 'country'] },
    ...nodeNames,
    shared_projects: count,
    organisation_pairs: count,
    contribution_eur: {
      type: ['number', 'null'],
      description: 'EC contribution of the shared projects; null when none has one in the source',
    },
    projects_without_contribution: count,
    partner_projects: count,
    strength: { type: 'number', description: 'Salton index s / sqrt(p_a x p_b)' },
    jaccard: { type: 'number', description: 's / (p_a + p_b - s)' },
    roles_here: closedRoleCounts,
    roles_there: closedRoleCounts,
    by_year: yearCounts,
    without_year: count,
    top_bridges: { type: 'array', items: bridgeOrganisationSchema },
    centroid,
  },
  additionalProperties: false,
} as const;

export const regionLinksSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    asked: { type: 'string' },
    level: { type: 'integer' },
    country: { type: 'string' },
    ...coveredProperties,
    projects: count,
    linked_projects: count,
    by_year: yearCounts,
    centroid,
    partners: { type: 'array', items: linkPartnerSchema },
    source: Source,
  },
  additionalProperties: false,
} as const;

export const regionBridgesSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    partner: { type: 'string' },
    partner_names: {
      type: 'object',
      properties: nodeNames,
      additionalProperties: false,
    },
    level: { type: 'integer' },
    shared_projects: count,
    here: { type: 'array', items: bridgeOrganisationSchema },
    there: { type: 'array', items: bridgeOrganisationSchema },
    source: Source,
  },
  additionalProperties: false,
} as const;

export const missingLinksSchema = {
  type: 'object',
  properties: {
    region: { type: 'string' },
    level: { type: 'integer' },
    taxonomy: { type: 'string' },
    weak_below: {
      type: ['number', 'null'],
      description: 'median strength of the linked pairs of regions of the level: weaker is weak',
    },
    peers: { type: ['integer', 'null'] },
    links: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          region: { type: 'string' },
          name_nl: { type: 'string' },
          name_en: { type: 'string' },
          kind: { type: 'string', enum: ['similar', 'complementary'] },
          similarity: { type: ['number', 'null'] },
          shared_projects: count,
          strength: { type: 'number' },
          score: { type: 'number' },
          explanation_nl: { type: 'string' },
          explanation_en: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
    ...measureStatusProperties,
    source: Source,
  },
  additionalProperties: false,
} as const;

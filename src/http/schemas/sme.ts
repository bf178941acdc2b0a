import {
  CONTACT_CHANNELS,
  FUND_INSTRUMENTS,
  FUND_TARGETS,
  SME_CONTENT_STATUSES,
} from '../../services/sme/sme-field-check.js';

/** JSON schemas of SME contact points and funds, shared by their routes and the SME finder. */

const nullableString = { type: ['string', 'null'] } as const;
const text = (max: number, description?: string) =>
  ({ type: ['string', 'null'], maxLength: max, ...(description ? { description } : {}) }) as const;

export const regionNameSchema = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
  },
  required: ['code', 'name_nl', 'name_en'],
  additionalProperties: false,
} as const;

export const contactPointSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    organisation: nullableString,
    helps_with: nullableString,
    address: nullableString,
    postcode: nullableString,
    town: nullableString,
    phone: nullableString,
    email: nullableString,
    website: nullableString,
    opening_hours: nullableString,
    channels: { type: 'array', items: { type: 'string' } },
    languages: { type: 'array', items: { type: 'string' } },
    regions: { type: 'array', items: regionNameSchema },
    municipalities: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, name: { type: 'string' }, nuts3: nullableString },
        required: ['code', 'name', 'nuts3'],
        additionalProperties: false,
      },
    },
    smes_served_per_year: { type: ['integer', 'null'] },
    smes_served_year: { type: ['integer', 'null'] },
    source_url: nullableString,
    status: { type: 'string', enum: [...SME_CONTENT_STATUSES] },
    created_at: nullableString,
    updated_at: nullableString,
    version: { type: 'integer' },
  },
  required: [
    'id',
    'name',
    'channels',
    'languages',
    'regions',
    'municipalities',
    'status',
    'version',
  ],
  additionalProperties: false,
} as const;

export const fundSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    manager: nullableString,
    size: { type: ['number', 'null'] },
    currency: nullableString,
    instruments: { type: 'array', items: { type: 'string' } },
    targets: { type: 'array', items: { type: 'string' } },
    target_sectors: { type: 'array', items: { type: 'string' } },
    regions: { type: 'array', items: regionNameSchema },
    period_start: nullableString,
    period_end: nullableString,
    website: nullableString,
    source_url: nullableString,
    status: { type: 'string', enum: [...SME_CONTENT_STATUSES] },
    created_at: nullableString,
    updated_at: nullableString,
    version: { type: 'integer' },
  },
  required: ['id', 'name', 'instruments', 'targets', 'regions', 'status', 'version'],
  additionalProperties: false,
} as const;

const codes = (description: string) =>
  ({
    type: 'array',
    maxItems: 200,
    items: { type: 'string', maxLength: 20 },
    description,
  }) as const;

/**
 * The fields a client sends for a contact point. Formats (e-mail, phone, web address) are checked
 * by the service, so a refusal names the field in words the form can show beside it.
 */
export const contactPointFieldsSchema = {
  name: { type: 'string', maxLength: 300 },
  organisation: text(300),
  helps_with: text(5000, 'What it helps SMEs with'),
  address: text(300, 'Visiting address: street and number'),
  postcode: text(12),
  town: text(120),
  phone: text(40),
  email: text(320),
  website: text(2000),
  opening_hours: text(1000),
  channels: {
    type: 'array',
    maxItems: 10,
    items: { type: 'string', maxLength: 20 },
    description: `How SMEs reach it: ${CONTACT_CHANNELS.join(', ')}`,
  },
  languages: {
    type: 'array',
    maxItems: 20,
    items: { type: 'string', maxLength: 5 },
    description: 'Languages spoken, ISO 639-1 (nl, en, de)',
  },
  regions: codes('NUTS codes of the regions served; replaces the list'),
  municipalities: codes('CBS codes of the municipalities served (GM0153); replaces the list'),
  source_url: text(2000, 'Where the facts come from'),
} as const;

export const fundFieldsSchema = {
  name: { type: 'string', maxLength: 300 },
  manager: text(300),
  size: { type: ['number', 'null'], description: 'The size in `currency`' },
  currency: { type: 'string', maxLength: 3, description: 'ISO 4217, default EUR' },
  instruments: {
    type: 'array',
    maxItems: 10,
    items: { type: 'string', maxLength: 30 },
    description: FUND_INSTRUMENTS.join(', '),
  },
  targets: {
    type: 'array',
    maxItems: 10,
    items: { type: 'string', maxLength: 20 },
    description: FUND_TARGETS.join(', '),
  },
  regions: codes('NUTS codes of the regions the fund serves; replaces the list'),
  period_start: {
    type: ['string', 'null'],
    maxLength: 10,
    description: 'YYYY, YYYY-MM or YYYY-MM-DD',
  },
  period_end: {
    type: ['string', 'null'],
    maxLength: 10,
    description: 'YYYY, YYYY-MM or YYYY-MM-DD',
  },
  website: text(2000),
  source_url: text(2000, 'Where the facts come from'),
} as const;

export const smeVersionSchema = {
  type: 'integer',
  minimum: 1,
  description:
    'The version you last read; a stale one is refused with 409 and the record as it is now',
} as const;

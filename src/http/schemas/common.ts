/** JSON schemas shared by the analytics routes (they also document the OpenAPI description). */

export const sourceSchema = {
  type: 'object',
  description: 'Where the figure comes from: data sets, import runs, and the method in words',
  properties: {
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          publisher: { type: 'string' },
          licence: { type: ['string', 'null'] },
          url: { type: ['string', 'null'] },
          retrieved_at: { type: ['string', 'null'] },
        },
      },
    },
    imports: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          file: { type: 'string' },
          checksum: { type: 'string' },
          finished_at: { type: ['string', 'null'] },
        },
      },
    },
    method: { type: 'string' },
  },
} as const;

export const helixRoleCounts = {
  type: 'object',
  properties: {
    business: { type: 'number' },
    research: { type: 'number' },
    education: { type: 'number' },
    government: { type: 'number' },
    other: { type: 'number' },
  },
} as const;

export const regionParam = {
  type: 'object',
  properties: {
    code: {
      type: 'string',
      pattern: '^[A-Za-z0-9_]{2,12}$',
      description: 'NUTS code of any level, or a country code',
    },
  },
  required: ['code'],
} as const;

export const nullableNumber = { type: ['number', 'null'] } as const;

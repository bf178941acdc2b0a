import { describe, expect, it } from 'vitest';
import { optionalDefaults } from './openapi-defaults.js';

describe('optionalDefaults', () => {
  it('drops query fields with a default from required and keeps the others', () => {
    const schema = {
      querystring: {
        type: 'object',
        properties: { limit: { default: 100 }, offset: { default: 0 }, q: {} },
        required: ['limit', 'offset', 'q'],
      },
    };
    expect(optionalDefaults(schema)).toEqual({
      querystring: {
        type: 'object',
        properties: { limit: { default: 100 }, offset: { default: 0 }, q: {} },
        required: ['q'],
      },
    });
    expect(schema.querystring.required).toEqual(['limit', 'offset', 'q']);
  });

  it('leaves a schema without a query, or with nothing required, as it is', () => {
    expect(optionalDefaults({ body: { type: 'object' } })).toEqual({ body: { type: 'object' } });
    const open = { querystring: { properties: { limit: { default: 1 } } } };
    expect(optionalDefaults(open)).toBe(open);
  });

  it('removes required altogether when every listed field has a default', () => {
    const result = optionalDefaults({
      querystring: { properties: { limit: { default: 100 } }, required: ['limit'] },
    });
    expect(result).toEqual({ querystring: { properties: { limit: { default: 100 } } } });
  });
});

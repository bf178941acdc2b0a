import { describe, expect, it } from 'vitest';
import type { Source } from '../api/types.js';
import { figureCaption } from './figure-download.js';

const source: Source = {
  datasets: [
    {
      id: 'rd_e_gerdreg',
      title: 'GERD by sector of performance and NUTS 2 region',
      publisher: 'Eurostat',
      licence: null,
      url: null,
      retrieved_at: '2026-11-01',
    },
  ],
  imports: [],
  method: 'Values as published.',
  method_nl: 'Waarden zoals gepubliceerd.',
};

describe('figureCaption', () => {
  it("names each data set in the page's language when its titles are known", () => {
    const titles = new Map([['rd_e_gerdreg', 'R&D-uitgaven naar sector en NUTS 2-regio']]);
    const caption = figureCaption('R&D', source, 2012, titles);
    expect(caption.source).toContain('Eurostat, R&D-uitgaven naar sector en NUTS 2-regio');
    expect(caption.source).not.toContain('GERD by sector');
    expect(caption.date).toContain('2012');
  });

  it('keeps the stored title of a data set the titles do not list', () => {
    const caption = figureCaption('R&D', source, null, new Map());
    expect(caption.source).toContain('Eurostat, GERD by sector of performance and NUTS 2 region');
  });
});

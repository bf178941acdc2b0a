import { describe, expect, it } from 'vitest';
import { figureSvgCompose } from '../ui/figure-svg.js';
import { classBreaks, classColours, MAP_CLASS_COUNT } from './class-breaks.js';
import { legendMarkup, mapWithLegend } from './legend-svg.js';
import { mapLegend } from './map-legend.js';

const map = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="900"><path d="M0 0"/></svg>',
  width: 800,
  height: 900,
};
const values = [1.81, 1.85, 1.88, 1.9, 2.1, 2.4, 2.5, 3.0, 3.3, 4.1];
const breaks = classBreaks(values, MAP_CLASS_COUNT);

/** The texts drawn in an SVG, in order, the XML entities read. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

describe('a downloaded map carries its legend', () => {
  const legend = mapLegend({ numbers: values, breaks, unit: '% van het bbp', flags: ['e', null] });

  it('says the unit, each class with its colour and range, and "no data" last', () => {
    expect(legend.title).toBe('Legenda (% van het bbp)');
    const colours = classColours(breaks.length + 1);
    expect(legend.entries).toEqual([
      { colour: colours[0], label: '1,81 tot en met 1,85' },
      { colour: colours[1], label: '1,88 tot en met 1,90' },
      { colour: colours[2], label: '2,10 tot en met 2,40' },
      { colour: colours[3], label: '2,50 tot en met 3,00' },
      { colour: colours[4], label: '3,30 tot en met 4,10' },
      { colour: null, label: 'geen gegevens' },
    ]);
    expect(legend.flags).toEqual(['e: geschat']);
  });

  it('gives a class left empty no colour of another class', () => {
    // 1 and 2 fall in the first two classes, nothing in the third, 9 in the fourth
    const own = mapLegend({ numbers: [1, 2, 9], breaks: [1, 2, 3], unit: 'x', flags: [] });
    const colours = classColours(4);
    expect(own.entries.map((e) => e.colour)).toEqual([colours[0], colours[1], colours[3], null]);
  });

  it('draws heading, swatches, labels, the hatched no-data swatch, the note and flags under the map', () => {
    const picture = mapWithLegend(map, legend);
    const svg = picture.markup;
    expect(picture.width).toBe(800);
    expect(picture.height).toBeGreaterThan(900 + 6 * 24);
    expect(svg.indexOf('<path d="M0 0"/>')).toBeLessThan(svg.indexOf('rk-export__legend'));
    const drawn = texts(svg);
    expect(drawn.slice(0, 7)).toEqual([
      'Legenda (% van het bbp)',
      ...legend.entries.map((e) => e.label),
    ]);
    expect(drawn.join(' ')).toContain('kwantielen');
    expect(drawn).toContain('Letters achter waarden');
    expect(drawn).toContain('e: geschat');
    // one swatch per class in its colour, and one hatched
    for (const entry of legend.entries.slice(0, -1))
      expect(svg).toMatch(
        new RegExp(`<rect class="rk-export__swatch" data-entry="\\d"[^>]*fill="${entry.colour}"`),
      );
    expect(svg).toMatch(
      /<rect class="rk-export__swatch" data-entry="nodata"[^>]*fill="url\(#rk-legend-no-data\)"/,
    );
    expect(svg).toContain('<pattern id="rk-legend-no-data"');
  });

  it('keeps the legend when the title, source and date are put round the map', () => {
    const composed = figureSvgCompose(mapWithLegend(map, legend), {
      title: 'R&D-uitgaven, provincies, Nederland, 2021',
      source: 'Bron: Eurostat, R&D expenditure',
      date: 'gegevens 2021',
    });
    const drawn = texts(composed.markup);
    const at = (text: string) => drawn.indexOf(text);
    expect(at('R&D-uitgaven, provincies, Nederland, 2021')).toBe(0);
    expect(at('Legenda (% van het bbp)')).toBeGreaterThan(0);
    expect(at('geen gegevens')).toBeGreaterThan(at('3,30 tot en met 4,10'));
    expect(at('Bron: Eurostat, R&D expenditure')).toBeGreaterThan(at('e: geschat'));
  });

  it('escapes text and leaves out the flag lines when no value has a flag', () => {
    const { markup } = legendMarkup(
      { title: 'Legend (<index>)', entries: [{ colour: null, label: 'no data' }], flags: [] },
      300,
    );
    expect(markup).toContain('Legend (&lt;index&gt;)');
    expect(texts(markup)).toEqual(['Legend (<index>)', 'no data']);
  });
});

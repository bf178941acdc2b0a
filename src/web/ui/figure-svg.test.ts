import { describe, expect, it } from 'vitest';
import { barsPicture } from '../charts/bars-picture.js';
import { figureSvgCompose, textWrap, xmlEscape } from './figure-svg.js';

const chart = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><circle r="4"/></svg>',
  width: 300,
  height: 120,
};
const caption = {
  title: 'Twente naast Nederland en de EU-27 per indicator van de index, 2015',
  source: 'Bron: Eurostat, Regional innovation indicators <long>',
  date: 'gegevens 2015 · opgehaald 28 november 2026 · gemaakt 6 december 2026',
};

describe('a picture made to take away', () => {
  it('draws the title above the chart and the source and date below it, as text', () => {
    const out = figureSvgCompose(chart, caption);
    const doc = out.markup;
    expect(doc.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const title = doc.indexOf('Twente naast Nederland');
    const picture = doc.indexOf('<circle r="4"/>');
    const source = doc.indexOf('Bron: Eurostat');
    const date = doc.indexOf('gegevens 2015');
    expect(title).toBeGreaterThan(0);
    expect(picture).toBeGreaterThan(title);
    expect(source).toBeGreaterThan(picture);
    expect(date).toBeGreaterThan(source);
    expect(doc).toContain('&lt;long&gt;');
    expect(doc).toMatch(/<rect width="100%" height="100%" fill="#ffffff"\/>/);
  });

  it('is wide enough for its text and tall enough for the chart and every line', () => {
    const out = figureSvgCompose(chart, caption);
    expect(out.width).toBe(480);
    expect(out.height).toBeGreaterThan(chart.height + 18 + 2 * 13);
    expect(out.markup).toContain(`width="${out.width}" height="${out.height}"`);
  });

  it('wraps a long title at spaces without losing a word', () => {
    const long = 'a '.repeat(60).trim() + ' Veluwe';
    const lines = textWrap(long, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(long);
    expect(textWrap('', 10)).toEqual([]);
  });

  it('escapes text for XML', () => {
    expect(xmlEscape(`R&D "x" <y> 'z'`)).toBe('R&amp;D &quot;x&quot; &lt;y&gt; &apos;z&apos;');
  });

  it('draws HTML bars again as SVG: a label, a bar and the displayed value for each', () => {
    const out = barsPicture([
      {
        heading: 'Organisaties',
        bars: [
          { label: 'Bedrijven', value: 44, display: '44', colour: '#0072B2' },
          { label: 'Onderzoek', value: 0, display: '0' },
        ],
      },
      {
        bars: [{ label: 'Agri & Food', value: 5.55, display: '5,55' }],
        reference: { value: 1, label: 'LQ = 1' },
      },
    ]);
    expect(out.markup).toContain('>Organisaties</text>');
    expect(out.markup).toContain('>Agri &amp; Food</text>');
    expect(out.markup).toContain('>5,55</text>');
    expect(out.markup).toContain('fill="#0072B2"');
    expect(out.markup).toContain('stroke-dasharray');
    expect(out.markup).toContain('>- - - LQ = 1</text>');
    // the largest bar fills the track; a zero bar has no width
    expect(out.markup).toMatch(/width="0\.0"/);
    expect(out.height).toBeGreaterThan(3 * 24);
  });
});

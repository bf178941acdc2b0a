import { c, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';
import { fitText, textWidth } from './text-width.js';

export interface BarPanel {
  /** Heading above the panel, e.g. "Organisations". */
  readonly heading: string;
  readonly bars: readonly {
    readonly label: string;
    readonly value: number;
    /** The value as printed at the end of the bar (formatted by the caller). */
    readonly valueLabel: string;
  }[];
}

export interface BarChartInput extends Omit<SvgFrame, 'height'> {
  /** One or more panels side by side, each with its own scale. */
  readonly panels: readonly BarPanel[];
}

const ROW = 22;
const BAR = 14;
const TOP = 26;
const GAP = 24;

/**
 * Horizontal bar chart in one or more panels side by side (e.g. the helix composition: organisations
 * and participations per helix role). Every bar carries its category label and its value in text,
 * so no meaning depends on colour.
 *
 * @example
 * barChart({ id: 'helix', title: 'Helix', description: '…', width: 480,
 *   panels: [{ heading: 'Organisations', bars: [{ label: 'Business', value: 44, valueLabel: '44' }] }] });
 */
export function barChart(input: BarChartInput): string {
  const rows = Math.max(1, ...input.panels.map((p) => p.bars.length));
  const height = TOP + rows * ROW + 8;
  const panelWidth = (input.width - GAP * (input.panels.length - 1)) / input.panels.length;
  const body: string[] = [];
  input.panels.forEach((panel, p) => {
    const x0 = p * (panelWidth + GAP);
    const labelWidth = Math.min(
      panelWidth * 0.42,
      Math.max(...panel.bars.map((b) => textWidth(b.label, 10)), 20) + 14,
    );
    const valueWidth = Math.max(...panel.bars.map((b) => textWidth(b.valueLabel, 10)), 10) + 6;
    const barSpace = Math.max(10, panelWidth - labelWidth - valueWidth);
    const max = Math.max(...panel.bars.map((b) => b.value), 0);
    body.push(text(x0, 14, fitText(panel.heading, panelWidth, 11, true), { weight: 'bold' }));
    body.push(
      `<line x1="${c(x0 + labelWidth)}" y1="${TOP - 4}" x2="${c(x0 + labelWidth)}" y2="${c(TOP + panel.bars.length * ROW - 4)}" stroke="${PALETTE.axis}" stroke-width="1"/>`,
    );
    panel.bars.forEach((bar, i) => {
      const y = TOP + i * ROW;
      const w = max > 0 ? (Math.max(bar.value, 0) / max) * barSpace : 0;
      body.push(
        text(x0 + labelWidth - 6, y + BAR - 3, fitText(bar.label, labelWidth - 8, 10), {
          size: 10,
          anchor: 'end',
        }),
      );
      if (w > 0)
        body.push(
          `<rect x="${c(x0 + labelWidth)}" y="${c(y)}" width="${c(w)}" height="${BAR}" fill="${PALETTE.primary}"/>`,
        );
      body.push(text(x0 + labelWidth + w + 4, y + BAR - 3, bar.valueLabel, { size: 10 }));
    });
  });
  return svgDocument({ ...input, height }, body);
}

import { h } from '../ui/dom.js';
import type { BarsPanel } from './bars-picture.js';

/** What each bar chart drew, so that a download can draw it again as SVG. */
const drawn = new WeakMap<Element, BarsPanel>();

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as text (formatted, with unit). */
  readonly display: string;
  readonly colour?: string;
}

/**
 * Horizontal bars in HTML (so the labels stay legible at any width), scaled to the largest value
 * or `max`. A reference line (such as LQ = 1) can be drawn across all bars.
 */
export function barChart(options: {
  bars: readonly Bar[];
  max?: number;
  reference?: { value: number; label: string };
  testId?: string;
}): HTMLDivElement {
  const max = Math.max(
    options.max ?? 0,
    options.reference?.value ?? 0,
    ...options.bars.map((b) => b.value),
    Number.MIN_VALUE,
  );
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / max) * 100)).toFixed(2)}%`;
  const chart = h(
    'div',
    { class: 'rk-bars', 'data-testid': options.testId },
    options.bars.map((bar) => {
      const fill = h('span', { class: 'rk-bars__fill' });
      fill.style.width = pct(bar.value);
      if (bar.colour) fill.style.background = bar.colour;
      return h(
        'div',
        { class: 'rk-bars__row' },
        h('span', { class: 'rk-bars__label' }, bar.label),
        h('span', { class: 'rk-bars__track' }, fill, referenceLine(options.reference, pct)),
        h('span', { class: 'rk-bars__value' }, bar.display),
      );
    }),
    options.reference
      ? h(
          'p',
          { class: 'rk-bars__legend' },
          h('span', { class: 'rk-bars__legend-line', 'aria-hidden': 'true' }),
          options.reference.label,
        )
      : null,
  );
  drawn.set(chart, { bars: options.bars, max: options.max, reference: options.reference });
  return chart;
}

/**
 * The bar charts drawn within `root` (or `root` itself), in page order, each under the heading
 * (`.rk-twin-bars__title`) that precedes it; [] when there is none.
 */
export function barChartPanels(root: Element): BarsPanel[] {
  const panels: BarsPanel[] = [];
  let heading: string | undefined;
  const nodes = [root, ...root.querySelectorAll('.rk-bars, .rk-twin-bars__title')];
  for (const node of nodes) {
    if (node.classList.contains('rk-twin-bars__title')) heading = node.textContent ?? undefined;
    const panel = drawn.get(node);
    if (panel) {
      panels.push({ ...panel, heading });
      heading = undefined;
    }
  }
  return panels;
}

function referenceLine(
  reference: { value: number; label: string } | undefined,
  pct: (v: number) => string,
): HTMLElement | null {
  if (!reference) return null;
  const line = h('span', { class: 'rk-bars__reference' });
  line.style.left = pct(reference.value);
  return line;
}

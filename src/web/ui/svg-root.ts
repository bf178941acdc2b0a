import { s, type Attrs, type Child } from './dom.js';

/**
 * The root of an inline chart or map: its view box of `width` x `height`, its class, out of the
 * tab order (`focusable="false"`), then the other attributes in `attrs`.
 *
 * @example svgRoot(800, 800, 'rk-network', { 'data-nodes': 12 }, links, nodes)
 */
export function svgRoot(
  width: number,
  height: number,
  className: string,
  attrs: Attrs,
  ...children: Child[]
): SVGSVGElement {
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: className, focusable: 'false', ...attrs },
    ...children,
  );
}

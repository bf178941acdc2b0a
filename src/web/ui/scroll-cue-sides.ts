/**
 * Which sides of a sideways-scrolling box hold content out of view: 'start', 'end', both, or none
 * (''). `scrollLeft` counts from the start edge (0 at the start, in either direction); a pixel of
 * rounding is no content.
 *
 * @example scrollCueSides(0, 751, 328) // 'end'
 */
export function scrollCueSides(
  scrollLeft: number,
  scrollWidth: number,
  clientWidth: number,
): string {
  const hidden = scrollWidth - clientWidth;
  if (hidden <= 1) return '';
  const at = Math.abs(scrollLeft);
  return [at > 1 ? 'start' : '', at < hidden - 1 ? 'end' : ''].filter(Boolean).join(' ');
}

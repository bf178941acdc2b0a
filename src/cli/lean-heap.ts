import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the JavaScript heap grow past what its last full collection kept, in percent.
 * V8's own factor reaches 4x when a program allocates fast and pauses little, as the figures
 * computed after an import do: with about 190 MB of figure inputs and figures alive, the heap
 * grew to about 440 MB before V8 collected it, and `regiokracht init` peaked at 550-600 MB of
 * resident memory. At 30 % the heap stays within about 1.3x of what is alive, and `init` peaked
 * at 450-465 MB, for about 15 % more CPU time in the figures step (more, shorter collections).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * From now on, collect garbage before the heap grows past {@link HEAP_GROWING_PERCENT} % above
 * what is alive. V8 reads this setting each time it sets the heap's next limit, so it holds from
 * the next full collection on; it stays until the process ends (a command line process, which
 * ends with its command).
 */
export function keepHeapLean(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

import type { Locator } from 'playwright-core';

/**
 * The words in the cells of the tables matched by `tables` that are broken across lines in the
 * middle (each as "word (cell text)"). A word is a run between spaces, hyphens, dashes and
 * slashes, where a line may break; a word whose pieces lie on more than one line was broken.
 */
export async function wordsBrokenMidWord(tables: Locator): Promise<string[]> {
  return tables.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const table of elements) {
      for (const cell of table.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/[^\s\-‐‑–—/]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set(
              [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
            );
            if (lines.size > 1) broken.push(`${word[0]} (${cell.textContent?.trim()})`);
          }
        }
      }
    }
    return broken;
  });
}

/** How a table sits in its scrolling container, and what of its last column is out of view. */
export interface TableFit {
  /** How many CSS pixels the table is wider than its container (0 or less: it fits). */
  readonly wider: number;
  /** Whether the scroll cue above the table is shown, and where the container says more lies. */
  readonly cue: boolean;
  readonly more: string;
  /** Last-column cells (header and body) not wholly inside the container and the window. */
  readonly lastColumnOutOfView: number;
  readonly lastColumnCells: number;
}

/** For each visible table matched by `tables`: how it fits its container at the current scroll. */
export async function tableFits(tables: Locator): Promise<TableFit[]> {
  return tables.evaluateAll((elements) =>
    elements
      .filter((table) => table.checkVisibility())
      .map((table) => {
        const container = table.parentElement!;
        const box = container.getBoundingClientRect();
        const cells = [...table.querySelectorAll('tr')]
          .map((row) => row.lastElementChild)
          .filter((cell): cell is Element => cell !== null && cell.checkVisibility());
        const outside = cells.filter((cell) => {
          const r = cell.getBoundingClientRect();
          return (
            r.width === 0 ||
            r.left < Math.max(box.left, 0) - 1 ||
            r.right > Math.min(box.right, window.innerWidth) + 1
          );
        });
        const cue = container.querySelector<HTMLElement>('[data-testid="scroll-cue"]');
        const cueBox = cue?.getBoundingClientRect();
        return {
          wider: container.scrollWidth - container.clientWidth,
          cue:
            !!cue &&
            cue.checkVisibility() &&
            cueBox!.left >= 0 &&
            cueBox!.right <= window.innerWidth + 1,
          more: container.dataset.more ?? '',
          lastColumnOutOfView: outside.length,
          lastColumnCells: cells.length,
        };
      }),
  );
}

/** Scrolls each visible table's container matched by `tables` to its end (or `to`). */
export async function scrollTables(tables: Locator, to: 'end' | 'start'): Promise<void> {
  await tables.evaluateAll((elements, where) => {
    for (const table of elements) {
      const container = table.parentElement!;
      container.scrollLeft = where === 'end' ? container.scrollWidth : 0;
    }
  }, to);
}

import { getJson } from '../api/client.js';
import type { Page, SourceEntry } from '../api/types.js';
import { lang } from '../i18n/i18n.js';

/** A data set's title in the page's language (the server sends both; else the stored title). */
export function datasetTitleOf(d: {
  readonly title: string;
  readonly title_nl?: string;
  readonly title_en?: string;
}): string {
  return (lang() === 'en' ? d.title_en : d.title_nl) ?? d.title;
}

/**
 * The titles of every data set in the page's language, by id, from the sources list (one request,
 * kept for the session); empty when the list cannot be had.
 */
export async function datasetTitlesById(): Promise<ReadonlyMap<string, string>> {
  try {
    const sources = await getJson<Page<SourceEntry>>('/api/sources?limit=1000');
    return new Map(sources.items.map((d) => [d.id, datasetTitleOf(d)]));
  } catch {
    return new Map();
  }
}

/**
 * Writes the title of the data set `id` into `element` in the page's language once the sources
 * list is known; the element keeps its text when the data set is not listed.
 */
export function fillDatasetTitle(element: HTMLElement, id: string): void {
  void datasetTitlesById().then((titles) => {
    const title = titles.get(id);
    if (title) element.textContent = title;
  });
}

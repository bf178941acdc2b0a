/** The id of a data set's entry on the sources page (`/bronnen#bron-eurostat-tgs00042`). */
export function sourceAnchor(datasetId: string): string {
  return `bron-${datasetId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

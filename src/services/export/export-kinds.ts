import type { ExportFormat } from './export-format.js';

/** What can be exported, and in which formats (the first is the default). */
export const EXPORTS = {
  regions: ['geojson'],
  indicators: ['csv', 'xlsx', 'json'],
  actors: ['csv', 'xlsx', 'json'],
  participations: ['csv', 'xlsx', 'json'],
  network: ['gexf'],
} as const satisfies Record<string, readonly ExportFormat[]>;

export type ExportKind = keyof typeof EXPORTS;

/** Whether `what` names something `regiokracht export` and `/api/export/*` export. */
export function isExportKind(what: string): what is ExportKind {
  return Object.hasOwn(EXPORTS, what);
}

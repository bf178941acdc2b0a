import { participationsTemplate } from './participations-template.js';
import type { TemplateSpec } from './template-importer.js';

/** The templates a file of which may be read in a thread of its own, by kind. */
export const THREADED_TEMPLATES: ReadonlyMap<string, TemplateSpec<unknown, unknown>> = new Map([
  ['participations', participationsTemplate as TemplateSpec<unknown, unknown>],
]);

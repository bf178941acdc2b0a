import type { NewPracticeBody } from '../../http/schemas/practices.js';

/** The texts of the good-practice form, as typed. */
export interface PracticeFormTexts {
  readonly title: string;
  readonly region: string;
  readonly topic: string;
  readonly key_areas: readonly string[];
  readonly period_start: string;
  readonly period_end: string;
  readonly description: string;
  readonly resources: string;
  readonly evidence: string;
  readonly transfer_potential: string;
  readonly contact: string;
  readonly source_url: string;
  readonly language: string;
}

/**
 * The body of POST /api/practices and PATCH /api/practices/:id: every field of the practice, the
 * topic null when none is chosen (so the server's check names the field).
 */
export type PracticeBody = Required<Omit<NewPracticeBody, 'topic' | 'status'>> & {
  topic: number | null;
};

const optional = (text: string): string | null => text.trim() || null;

/**
 * The API body from the form: texts trimmed, empty optional fields as null, the topic as a
 * number (null when none is chosen, so the server names the field), key areas without
 * duplicates. Required fields stay as typed (trimmed), so the server's check names them.
 *
 * @example practiceBody({ ...texts, topic: '2', resources: '  ' }) // { topic: 2, resources: null, ... }
 */
export function practiceBody(texts: PracticeFormTexts): PracticeBody {
  const topic = Number(texts.topic);
  return {
    title: texts.title.trim(),
    region: texts.region.trim(),
    topic: [1, 2, 3].includes(topic) ? topic : null,
    key_areas: [...new Set(texts.key_areas)],
    period_start: optional(texts.period_start),
    period_end: optional(texts.period_end),
    description: texts.description.trim(),
    resources: optional(texts.resources),
    evidence: optional(texts.evidence),
    transfer_potential: optional(texts.transfer_potential),
    contact: optional(texts.contact),
    source_url: optional(texts.source_url),
    language: texts.language === 'en' ? 'en' : 'nl',
  };
}

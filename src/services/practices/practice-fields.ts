import type { Kysely } from 'kysely';
import { PRACTICE_LANGUAGES } from '../../domain/practice-values.js';
import type { PracticeChanges } from '../../http/schemas/practices.js';
import type { Database, GoodPracticeTable } from '../../storage/schema.js';
import {
  invalid,
  oneOf,
  optionalText,
  partialDate,
  requiredText,
  topicNumber,
  webAddress,
} from '../visits/field-check.js';
import { regionField } from '../visits/region-field.js';

/**
 * The editable fields of a good practice as a client sends them (absent = not given): those of
 * the API body, with the language as any text, since the command line passes it unchecked.
 */
export type PracticeFieldsInput = Omit<PracticeChanges, 'version' | 'language'> & {
  readonly language?: string | undefined;
};

/** Checked columns of `good_practices` (only those given) and the key areas, when given. */
export interface PracticeFields {
  readonly columns: Partial<
    Omit<GoodPracticeTable, 'id' | 'status' | 'created_at' | 'updated_at' | 'version'>
  >;
  readonly keyAreas: readonly string[] | undefined;
}

/** Checks the given fields; every refusal names its field. Reads regions and key areas to check references. */
export async function practiceFields(
  db: Kysely<Database>,
  input: PracticeFieldsInput,
): Promise<PracticeFields> {
  const given = <K extends keyof PracticeFieldsInput>(key: K) => input[key] !== undefined;
  const columns: PracticeFields['columns'] = {
    ...(given('title') ? { title: requiredText(input.title, 'title', 300) } : {}),
    ...(given('region') ? { region_code: await regionField(db, input.region, 'region') } : {}),
    ...(given('topic') ? { topic: topicNumber(input.topic, 'topic') } : {}),
    ...(given('period_start')
      ? { period_start: partialDate(input.period_start, 'period_start') }
      : {}),
    ...(given('period_end') ? { period_end: partialDate(input.period_end, 'period_end') } : {}),
    ...(given('description')
      ? { description: requiredText(input.description, 'description', 20_000) }
      : {}),
    ...(given('resources') ? { resources: optionalText(input.resources, 'resources', 5000) } : {}),
    ...(given('evidence') ? { evidence: optionalText(input.evidence, 'evidence', 10_000) } : {}),
    ...(given('transfer_potential')
      ? { transfer_potential: optionalText(input.transfer_potential, 'transfer_potential', 10_000) }
      : {}),
    ...(given('contact') ? { contact: optionalText(input.contact, 'contact', 1000) } : {}),
    ...(given('source_url') ? { source_url: webAddress(input.source_url, 'source_url') } : {}),
    ...(given('language')
      ? { language: oneOf(input.language, 'language', PRACTICE_LANGUAGES) }
      : {}),
  };
  let keyAreas: string[] | undefined;
  if (input.key_areas !== undefined) {
    if (!Array.isArray(input.key_areas))
      throw invalid('key_areas', 'must be a list of key-area ids such as topsectoren-2011/htsm');
    keyAreas = [...new Set(input.key_areas.map((k) => String(k).trim()))];
    const known = keyAreas.length
      ? await db.selectFrom('key_areas').select('id').where('id', 'in', keyAreas).execute()
      : [];
    const unknown = keyAreas.filter((k) => !known.some((r) => r.id === k));
    if (unknown.length > 0)
      throw invalid(
        'key_areas',
        `unknown key area ${unknown.join(', ')}; use ids such as topsectoren-2011/htsm (\`regiokracht keyareas\` lists them)`,
      );
  }
  return { columns, keyAreas };
}

/** Replaces a practice's key areas. */
export async function writePracticeKeyAreas(
  db: Kysely<Database>,
  practiceId: string,
  keyAreas: readonly string[],
): Promise<void> {
  await db.deleteFrom('good_practice_key_areas').where('practice_id', '=', practiceId).execute();
  if (keyAreas.length > 0)
    await db
      .insertInto('good_practice_key_areas')
      .values(keyAreas.map((key_area_id) => ({ practice_id: practiceId, key_area_id })))
      .execute();
}

import { requireFields, startStatus } from '../shared/new-record.js';
import { checkPeriod } from '../visits/field-check.js';
import { slugId, unusedRowId } from '../visits/new-record-id.js';
import type { VisitDeps } from '../visits/visit-deps.js';
import {
  practiceFields,
  writePracticeKeyAreas,
  type PracticeFieldsInput,
} from './practice-fields.js';
import { PRACTICE } from './practice-records.js';
import { PRACTICE_STATUSES } from '../../domain/practice-values.js';
import type { NewPracticeBody, Practice } from '../../http/schemas/practices.js';
import { versionedCreate } from '../shared/versioned-write.js';

/** A new good practice: title, region, topic and description are required (see NewPracticeBody). */
export type NewPracticeInput = Omit<NewPracticeBody, 'language'> & PracticeFieldsInput;

/**
 * Creates a good practice (a draft unless told otherwise: nobody but its editors sees a draft) with its key areas, in one transaction.
 * The id is readable: `gp-` and the title's words (with -2, -3 when taken).
 */
export async function createPractice(deps: VisitDeps, input: NewPracticeInput): Promise<Practice> {
  requireFields(input, ['title', 'region', 'topic', 'description']);
  const status = startStatus(input.status, PRACTICE_STATUSES);
  const now = deps.now().toISOString();
  return versionedCreate(deps, PRACTICE, async (db) => {
    const { columns, keyAreas } = await practiceFields(db, input);
    checkPeriod(columns);
    const id = await unusedRowId(db, 'good_practices', slugId('gp', columns.title!, 64));
    await db
      .insertInto('good_practices')
      .values({
        id,
        title: columns.title!,
        region_code: columns.region_code!,
        topic: columns.topic!,
        period_start: columns.period_start ?? null,
        period_end: columns.period_end ?? null,
        description: columns.description!,
        resources: columns.resources ?? null,
        evidence: columns.evidence ?? null,
        transfer_potential: columns.transfer_potential ?? null,
        contact: columns.contact ?? null,
        source_url: columns.source_url ?? null,
        language: columns.language ?? 'nl',
        status,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writePracticeKeyAreas(db, id, keyAreas ?? []);
    return id;
  });
}

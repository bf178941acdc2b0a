import { RegiokrachtError } from '../../domain/errors.js';
import { invalid, optionalText } from '../visits/field-check.js';
import { newRecordId } from '../visits/new-record-id.js';
import { regionField } from '../visits/region-field.js';
import type { VisitDeps } from '../visits/visit-deps.js';
import { readPractice } from './practice-records.js';
import type { Practice, TransferInput } from '../../http/schemas/practices.js';
import { recordAudit } from '../../storage/record-audit.js';

/** Records that a practice was taken over by another region; returns the practice with its transfers. */
export async function addPracticeTransfer(
  deps: VisitDeps,
  practiceId: string,
  input: TransferInput,
): Promise<Practice> {
  const year = input.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < 1950 || year > 2100))
    throw invalid('year', `${JSON.stringify(year)} is not a year between 1950 and 2100`);
  const outcome = optionalText(input.outcome, 'outcome', 5000);
  return deps.store.transaction(async (tx) => {
    const practice = await readPractice(tx.db, practiceId);
    if (!practice)
      throw new RegiokrachtError('NOT_FOUND', `no good practice with id ${practiceId}`);
    const region = await regionField(tx.db, input.to_region, 'to_region');
    if (region === practice.region.code)
      throw invalid(
        'to_region',
        `${region} is the practice's own region; name the region it went to`,
      );
    const transfer = {
      id: newRecordId('transfer'),
      practice_id: practiceId,
      to_region_code: region,
      year,
      outcome,
    };
    await tx.db.insertInto('practice_transfers').values(transfer).execute();
    await recordAudit(
      tx.db,
      deps.actor,
      {
        action: 'create',
        entity: 'transfer',
        entityId: transfer.id,
        before: null,
        after: transfer,
      },
      deps.now(),
    );
    return (await readPractice(tx.db, practiceId))!;
  });
}

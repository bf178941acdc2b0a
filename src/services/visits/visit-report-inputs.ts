import type { Store } from '../../storage/store.js';
import type { DossierInputs } from '../dossier/dossier-inputs.js';
import type { DossierService } from '../dossier/dossier-service.js';
import { getVisit } from './get-visit.js';
import type { VisitDetail } from './visit-records.js';

/**
 * What the visit report is made of: the visit with its agenda, findings and commitments (overdue
 * as of the clock's Dutch date), and the dossier inputs of the visited region, gathered now.
 * Throws NOT_FOUND for an unknown visit.
 */
export async function visitReportInputs(
  store: Store,
  dossiers: DossierService,
  now: () => Date,
  id: string,
): Promise<{ visit: VisitDetail; dossier: DossierInputs }> {
  const visit = await getVisit({ store, now }, id);
  return { visit, dossier: await dossiers.inputs(visit.region.code) };
}

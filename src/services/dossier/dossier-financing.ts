import { eur } from '../../core/financing/eur.js';
import { privateFinancingShare } from '../../core/financing/private-financing-share.js';
import type { Store } from '../../storage/store.js';
import type { AnalyticsService } from '../analytics/analytics-service.js';
import { tableSources, type FigureSource } from '../analytics/provenance.js';
import { financingMethod } from '../sources/source-methods.js';
import type { DossierInputs } from './dossier-inputs.js';

/** Private against public money in the projects with a participant in the region. */
export function dossierFinancing(
  store: Store,
  analytics: AnalyticsService,
  region: string,
  fingerprint: string,
): Promise<{ share: DossierInputs['financing']; source: FigureSource }> {
  // Materialised like the topics' figures: the share needs the analytics inputs.
  return analytics.figure(`financing:${region}`, fingerprint, async () => {
    const data = await analytics.inputs();
    const projects = data.derived.projectsIn(region);
    const rows = projects.flatMap((id) => {
      const p = data.data.projects.get(id);
      return p
        ? [
            {
              projectId: id,
              totalCost: p.total_cost_eur === null ? null : eur(p.total_cost_eur),
              publicGrant:
                p.ec_max_contribution_eur === null ? null : eur(p.ec_max_contribution_eur),
            },
          ]
        : [];
    });
    return {
      share: rows.length ? privateFinancingShare(rows) : null,
      source: await tableSources(store, 'projects', financingMethod()),
    };
  });
}

import type { NetworkOrganisation } from '../../api/types.js';
import { t } from '../../i18n/i18n.js';
import { helixLabelKey } from '../../app/helix-roles.js';
import { dataTable } from '../../ui/data-table.js';
import { organisationName } from '../../ui/organisation-name.js';
import { numberColumn } from '../../ui/number-column.js';

/**
 * The organisations of a network with their role and centralities; a caption shown only for the
 * table behind the picture (the top list, with `testId`, has a heading of its own).
 */
export function organisationTable(
  rows: readonly NetworkOrganisation[],
  name: string,
  testId?: string,
): HTMLElement {
  return dataTable({
    caption: t('network.table', { name }),
    captionHidden: testId !== undefined,
    testId,
    columns: [
      {
        label: t('network.organisation'),
        rowHeader: true,
        cell: (o: NetworkOrganisation) => organisationName(o),
      },
      { label: t('helix.role'), cell: (o) => t(helixLabelKey(o.helix_role)) },
      numberColumn(t('network.degree'), (o: NetworkOrganisation) => o.degree_centrality, 3),
      numberColumn(
        t('network.betweenness'),
        (o: NetworkOrganisation) => o.betweenness_centrality,
        3,
      ),
      numberColumn(t('network.external'), (o: NetworkOrganisation) => o.external_links),
      {
        label: t('network.community'),
        numeric: true,
        cell: (o) => (o.community === null ? '–' : String(o.community)),
      },
    ],
    rows,
  });
}

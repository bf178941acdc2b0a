import type { Network, NetworkOrganisation } from '../../api/types.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { helixLabelKey } from '../../app/helix-roles.js';
import { dataTable, type Column } from '../../ui/data-table.js';
import { notMeasuredValue } from '../../ui/measure-status.js';
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
  notMeasured: Network['not_measured'] = [],
): HTMLElement {
  // A centrality the network is too small for reads "not measured", with the reason on hover.
  const centrality = (
    label: string,
    measure: 'degree_centrality' | 'betweenness_centrality',
  ): Column<NetworkOrganisation> => ({
    label,
    numeric: true,
    value: (o) => o[measure],
    cell: (o) => {
      const value = o[measure];
      return value === null
        ? notMeasuredValue(notMeasured.filter((m) => m.measure === measure))
        : formatNumber(value, 3);
    },
  });
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
      centrality(t('network.degree'), 'degree_centrality'),
      centrality(t('network.betweenness'), 'betweenness_centrality'),
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

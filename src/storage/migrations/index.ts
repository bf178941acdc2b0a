import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as projectGrantId from './0002-project-grant-id.js';
import * as visitsPracticesSearch from './0003-visits-practices-search.js';
import * as accountsAudit from './0004-accounts-audit.js';
import * as indicatorSummary from './0005-indicator-summary.js';
import * as figures from './0006-figures.js';
import * as smeContent from './0007-sme-content.js';
import * as projectLegalBasis from './0008-project-legal-basis.js';

/** Every migration, in order. Names are stored in the database; never rename one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-project-grant-id': projectGrantId,
  '0003-visits-practices-search': visitsPracticesSearch,
  '0004-accounts-audit': accountsAudit,
  '0005-indicator-summary': indicatorSummary,
  '0006-figures': figures,
  '0007-sme-content': smeContent,
  '0008-project-legal-basis': projectLegalBasis,
};

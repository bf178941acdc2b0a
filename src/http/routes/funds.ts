import type { FastifyInstance } from 'fastify';
import { getFund, listFunds } from '../../services/sme/fund-records.js';
import { createFund, setFundStatus, updateFund } from '../../services/sme/fund-writes.js';
import { fundRegions } from '../auth/sme-regions.js';
import type { AppDeps } from '../create-app.js';
import { FundChangesBody, Fund, FundList, FundListQuery, NewFundBody } from '../schemas/funds.js';
import { publishedRecordRoutes } from './published-records.js';

/** Regional funds: list, one, create, change, publish, retire. */
export function fundRoutes(server: FastifyInstance, deps: AppDeps): void {
  publishedRecordRoutes(server, deps, {
    path: '/api/funds',
    names: { a: 'a regional fund', many: 'Regional funds' },
    schemas: {
      record: Fund,
      list: FundList,
      listQuery: FundListQuery,
      create: NewFundBody,
      change: FundChangesBody,
    },
    services: {
      list: listFunds,
      get: getFund,
      create: createFund,
      update: updateFund,
      setStatus: setFundStatus,
    },
    regions: fundRegions(),
  });
}

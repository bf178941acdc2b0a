import type { FastifyInstance } from 'fastify';
import { getContactPoint, listContactPoints } from '../../services/sme/contact-point-records.js';
import {
  createContactPoint,
  setContactPointStatus,
  updateContactPoint,
} from '../../services/sme/contact-point-writes.js';
import { contactPointRegions } from '../auth/sme-regions.js';
import type { AppDeps } from '../create-app.js';
import {
  ContactPointChangesBody,
  ContactPoint,
  ContactPointList,
  ContactPointListQuery,
  NewContactPointBody,
} from '../schemas/contact-points.js';
import { publishedRecordRoutes } from './published-records.js';

/** SME contact points: list, one, create, change, publish, retire. */
export function contactPointRoutes(server: FastifyInstance, deps: AppDeps): void {
  publishedRecordRoutes(server, deps, {
    path: '/api/contact-points',
    names: { a: 'an SME contact point', many: 'SME contact points' },
    schemas: {
      record: ContactPoint,
      list: ContactPointList,
      listQuery: ContactPointListQuery,
      create: NewContactPointBody,
      change: ContactPointChangesBody,
    },
    services: {
      list: listContactPoints,
      get: getContactPoint,
      create: createContactPoint,
      update: updateContactPoint,
      setStatus: setContactPointStatus,
    },
    regions: contactPointRegions(),
  });
}

/** Shapes of the API's answers on SME contact points, funds and the SME finder, and of its writes. */
export type {
  ContactPoint as ContactPointRecord,
  NewContactPointBody,
} from '../../http/schemas/contact-points.js';
export type { Fund as FundRecord, NewFundBody } from '../../http/schemas/funds.js';
export type { SmeFinderResult } from '../../http/schemas/sme.js';

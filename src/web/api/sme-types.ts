/** Shapes of the API's answers on SME contact points, funds and the SME finder. */
export type { ContactPoint as ContactPointRecord } from '../../http/schemas/contact-points.js';
export type { Fund as FundRecord } from '../../http/schemas/funds.js';
export type { SmeFinderResult } from '../../http/schemas/sme.js';

/** The SME finder's answer: what a town, municipality, region or postcode leads to. */
import { Type, type Static } from 'typebox';
import { SME_FINDER_FORMATS } from '../../domain/sme-content.js';
import { Nullable, RegionName, StringEnum, closed } from './common.js';
import { ContactPoint } from './contact-points.js';
import { Fund } from './funds.js';

/** The contact point and fund records, by the names the region routes use. */
export { ContactPoint as contactPointSchema, Fund as fundSchema };

/** One place, municipality, postcode or region a query matched. */
export const SmeFinderMatch = Type.Object(
  {
    kind: StringEnum(['place', 'municipality', 'postcode', 'region'] as const),
    name: Type.String(),
    matched_alias: Nullable(Type.String()),
    municipality: Type.Union([
      Type.Object({ code: Type.String(), name: Type.String() }, closed),
      Type.Null(),
    ]),
    region: Type.Union([RegionName, Type.Null()]),
  },
  closed,
);
export type SmeFinderMatch = Static<typeof SmeFinderMatch>;

/** GET /api/sme/find: what a query leads to. */
export const SmeFinderResult = Type.Object(
  {
    query: Type.String(),
    understood: StringEnum(['postcode', 'name'] as const),
    matches: Type.Array(SmeFinderMatch),
    postcode: Type.Union([
      Type.Object({ asked: Type.String(), loaded: Type.Integer() }, closed),
      Type.Null(),
    ]),
    formats: Type.Array(StringEnum(SME_FINDER_FORMATS)),
  },
  closed,
);
export type SmeFinderResult = Static<typeof SmeFinderResult>;

export const SmeFinderQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 100 }) },
  closed,
);

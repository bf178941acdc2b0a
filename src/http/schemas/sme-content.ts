/** The pieces SME contact points and funds share: their status, their text fields, their lists. */
import { Type, type Static } from 'typebox';
import { SME_CONTENT_STATUSES } from '../../domain/sme-content.js';
import { Nullable, NullableString, StringEnum } from './common.js';

/** Draft (its editors only), published (everyone), retired (kept, no longer shown to readers). */
export const SmeContentStatus = StringEnum(SME_CONTENT_STATUSES);
export type SmeContentStatus = Static<typeof SmeContentStatus>;

/** What every contact point and fund record ends with: its source, status, dates and version. */
export const smeRecordProperties = {
  source_url: NullableString,
  status: SmeContentStatus,
  created_at: NullableString,
  updated_at: NullableString,
  version: Type.Integer(),
};

/** The status of a new record: a draft unless it is published at once. */
export const NewContentStatus = StringEnum(['draft', 'published'] as const, { default: 'draft' });

/** An optional text field that may be cleared with null. */
export const smeText = (maxLength: number, description?: string) =>
  Type.Optional(Nullable(Type.String({ maxLength }), description ? { description } : {}));

/** A list of region or municipality codes. */
export const smeCodes = (description: string) =>
  Type.Array(Type.String({ maxLength: 20 }), { maxItems: 200, description });

/** The query of a list of SME content: a status (published unless asked) and a region. */
export const RegionListQuery = (regionDescription: string) =>
  Type.Object(
    {
      status: Type.Optional(StringEnum([...SME_CONTENT_STATUSES, 'all'] as const)),
      region: Type.Optional(
        Type.String({ pattern: '^[A-Za-z0-9]{2,12}$', description: regionDescription }),
      ),
    },
    { additionalProperties: false },
  );

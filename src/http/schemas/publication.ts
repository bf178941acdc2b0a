/** What the records that are published share: the read of a draft, and the body of a status change. */
import { Type } from 'typebox';
import { VersionField } from './common.js';

/** `include_drafts` of a read of one record: drafts (and retired records) for editors only. */
export const IncludeDraftsQuery = Type.Object(
  { include_drafts: Type.Boolean({ default: false }) },
  { additionalProperties: false },
);

/** The body of a status change: the version last read, optional (no body is an empty one). */
export const StatusChangeBody = Type.Object(
  { version: Type.Optional(VersionField) },
  { additionalProperties: false },
);

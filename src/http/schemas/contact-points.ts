/** SME contact points: the record as readers and editors see it, and what clients send. */
import { Type, type Static } from 'typebox';
import { CONTACT_CHANNELS } from '../../domain/sme-content.js';
import { ChangesBody, Nullable, NullableString, RegionName, closed } from './common.js';
import {
  NewContentStatus,
  RegionListQuery,
  smeRecordProperties,
  smeCodes,
  smeText,
} from './sme-content.js';

/** A municipality a contact point serves, with the NUTS3 region it lies in. */
const ServedMunicipality = Type.Object(
  { code: Type.String(), name: Type.String(), nuts3: NullableString },
  closed,
);

/** A contact point as the API, the command line and the SME finder show it. */
export const ContactPoint = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    organisation: NullableString,
    helps_with: NullableString,
    address: NullableString,
    postcode: NullableString,
    town: NullableString,
    phone: NullableString,
    email: NullableString,
    website: NullableString,
    opening_hours: NullableString,
    channels: Type.Array(Type.String()),
    languages: Type.Array(Type.String()),
    regions: Type.Array(RegionName),
    municipalities: Type.Array(ServedMunicipality),
    smes_served_per_year: Nullable(Type.Integer()),
    smes_served_year: Nullable(Type.Integer()),
    ...smeRecordProperties,
  },
  closed,
);
export type ContactPoint = Static<typeof ContactPoint>;

export const ContactPointList = Type.Object({ items: Type.Array(ContactPoint) }, closed);

export const ContactPointListQuery = RegionListQuery(
  'NUTS code: contact points registered for it (or its municipalities)',
);

/**
 * The fields a client sends for a contact point. Formats (e-mail, phone, web address) are checked
 * by the service, so a refusal names the field in words the form can show beside it.
 */
const contactPointFields = {
  organisation: smeText(300),
  helps_with: smeText(5000, 'What it helps SMEs with'),
  address: smeText(300, 'Visiting address: street and number'),
  postcode: smeText(12),
  town: smeText(120),
  phone: smeText(40),
  email: smeText(320),
  website: smeText(2000),
  opening_hours: smeText(1000),
  channels: Type.Optional(
    Type.Array(Type.String({ maxLength: 20 }), {
      maxItems: 10,
      description: `How SMEs reach it: ${CONTACT_CHANNELS.join(', ')}`,
    }),
  ),
  languages: Type.Optional(
    Type.Array(Type.String({ maxLength: 5 }), {
      maxItems: 20,
      description: 'Languages spoken, ISO 639-1 (nl, en, de)',
    }),
  ),
  regions: Type.Optional(smeCodes('NUTS codes of the regions served; replaces the list')),
  municipalities: Type.Optional(
    smeCodes('CBS codes of the municipalities served (GM0153); replaces the list'),
  ),
  source_url: smeText(2000, 'Where the facts come from'),
};
const name = Type.String({ maxLength: 300 });

/** A new contact point: a name and at least one region or municipality served. */
export const NewContactPointBody = Type.Object(
  {
    name,
    ...contactPointFields,
    status: Type.Optional(NewContentStatus),
  },
  closed,
);
export type NewContactPointBody = Static<typeof NewContactPointBody>;

/** Changes to a contact point: the version last read and the fields to change. */
export const ContactPointChangesBody = ChangesBody({ name }, contactPointFields);
export type ContactPointChanges = Static<typeof ContactPointChangesBody>;

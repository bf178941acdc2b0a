/** GET /api/health: the server runs and the database answers. */
import { Type, type Static } from 'typebox';

export const Health = Type.Object(
  {
    status: Type.String(),
    database: Type.String({ description: 'The backend in use: sqlite or postgres' }),
    regions: Type.Integer({ description: 'Regions stored' }),
    version: Type.String(),
  },
  { additionalProperties: false },
);
export type Health = Static<typeof Health>;

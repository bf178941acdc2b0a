import { Type } from 'typebox';

/** The code and both names of the region a row of a ranking or comparison is about. */
export const regionRowProperties = {
  region: Type.String(),
  name_nl: Type.String(),
  name_en: Type.String(),
};

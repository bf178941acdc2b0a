/** Accounts, as the administrator manages them (never with a password hash). */
import { Type, type Static } from 'typebox';
import { ROLES } from '../../domain/role.js';
import { REGION_CODE_PATTERN, StringEnum } from './common.js';

export const Role = StringEnum(ROLES);

/** Who an account is, wherever it is shown: its id, login, name, role and regions. */
export const accountProperties = {
  id: Type.String(),
  login: Type.String(),
  name: Type.String(),
  role: Role,
  regions: Type.Array(Type.String()),
};

/** An account as the API and the command line show it. */
export const UserSummary = Type.Object(
  {
    ...accountProperties,
    disabled: Type.Boolean(),
    created_at: Type.String(),
    updated_at: Type.String(),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type UserSummary = Static<typeof UserSummary>;

const Password = Type.String({ minLength: 12, maxLength: 1000 });

/** A new account; a regional editor needs its regions. */
export const NewUserBody = Type.Object(
  {
    login: Type.String({ minLength: 2, maxLength: 100 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Role,
    regions: Type.Optional(
      Type.Array(Type.String({ pattern: REGION_CODE_PATTERN }), { maxItems: 100 }),
    ),
    password: Password,
  },
  { additionalProperties: false },
);

export const PasswordBody = Type.Object({ password: Password }, { additionalProperties: false });

/** Log-in, log-out and who is logged in. */
import { Type, type Static } from 'typebox';
import { Nullable, NullableString } from './common.js';
import { accountProperties } from './users.js';

/** The logged-in user. */
export const SessionUser = Type.Object(accountProperties, { additionalProperties: false });
export type SessionUser = Static<typeof SessionUser>;

/** Who is logged in (null when nobody), and the session's CSRF token. */
export const SessionState = Type.Object(
  {
    user: Nullable(SessionUser),
    csrf_token: NullableString,
  },
  { additionalProperties: false },
);
export type SessionState = Static<typeof SessionState>;

/** A log-in. */
export const LoginBody = Type.Object(
  {
    login: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { ADMINISTRATORS } from '../../domain/role.js';
import { addUser } from '../../services/accounts/add-user.js';
import { resetPassword } from '../../services/accounts/reset-password.js';
import { setUserDisabled } from '../../services/accounts/set-user-disabled.js';
import { listUsers } from '../../services/accounts/user-records.js';
import type { AccessRule } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { requestWriteDeps } from '../request-write-deps.js';
import { IdParam, Problem } from '../schemas/common.js';
import { NewUserBody, PasswordBody, UserSummary } from '../schemas/users.js';

const admin: AccessRule = { allow: ADMINISTRATORS };
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const route = routeOptions(['accounts']);

/** Accounts, for the administrator: list, add, disable or enable, reset a password. */
export function userRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = requestWriteDeps(deps);

  app.get(
    '/api/users',
    route(
      admin,
      'Every account (administrator only)',
      {},
      { 200: Type.Array(UserSummary), ...errors },
    ),
    () => listUsers(deps.store.db),
  );

  app.post(
    '/api/users',
    route(
      admin,
      'Add an account; a regional editor needs its regions (NUTS codes)',
      { body: NewUserBody },
      { 201: UserSummary, ...errors, 409: Problem },
    ),
    async (request, reply) =>
      reply.status(201).send(await addUser(writeDeps(request), request.body)),
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    app.post(
      `/api/users/:id/${action}`,
      route(
        admin,
        action === 'disable'
          ? 'Disable an account: it cannot log in, and its sessions end at once'
          : 'Enable a disabled account again',
        { params: IdParam },
        { 200: UserSummary, ...errors },
      ),
      (request) => setUserDisabled(writeDeps(request), request.params.id, disabled),
    );

  app.post(
    '/api/users/:id/password',
    route(
      admin,
      "Reset an account's password; its sessions end",
      { params: IdParam, body: PasswordBody },
      { 200: UserSummary, ...errors },
    ),
    (request) => resetPassword(writeDeps(request), request.params.id, request.body.password),
  );
}

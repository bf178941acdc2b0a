import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ADMINISTRATORS } from '../../domain/role.js';
import { addUser } from '../../services/accounts/add-user.js';
import { resetPassword } from '../../services/accounts/reset-password.js';
import { setUserDisabled } from '../../services/accounts/set-user-disabled.js';
import { listUsers } from '../../services/accounts/user-records.js';
import type { AppDeps } from '../create-app.js';
import { IdParam, Problem } from '../schemas/common.js';
import { NewUserBody, PasswordBody, UserSummary } from '../schemas/users.js';

const admin = { access: { allow: ADMINISTRATORS } };
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** Accounts, for the administrator: list, add, disable or enable, reset a password. */
export function userRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });

  app.get(
    '/api/users',
    {
      config: admin,
      schema: {
        summary: 'Every account (administrator only)',
        tags: ['accounts'],
        response: { 200: Type.Array(UserSummary), ...errors },
      },
    },
    () => listUsers(deps.store.db),
  );

  app.post(
    '/api/users',
    {
      config: admin,
      schema: {
        summary: 'Add an account; a regional editor needs its regions (NUTS codes)',
        tags: ['accounts'],
        body: NewUserBody,
        response: { 201: UserSummary, ...errors, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addUser(writeDeps(request), request.body)),
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    app.post(
      `/api/users/:id/${action}`,
      {
        config: admin,
        schema: {
          summary:
            action === 'disable'
              ? 'Disable an account: it cannot log in, and its sessions end at once'
              : 'Enable a disabled account again',
          tags: ['accounts'],
          params: IdParam,
          response: { 200: UserSummary, ...errors },
        },
      },
      (request) => setUserDisabled(writeDeps(request), request.params.id, disabled),
    );

  app.post(
    '/api/users/:id/password',
    {
      config: admin,
      schema: {
        summary: "Reset an account's password; its sessions end",
        tags: ['accounts'],
        params: IdParam,
        body: PasswordBody,
        response: { 200: UserSummary, ...errors },
      },
    },
    (request) => resetPassword(writeDeps(request), request.params.id, request.body.password),
  );
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ROLES } from '../../domain/role.js';
import { ADMINISTRATORS } from '../../domain/role.js';
import { addUser, type NewUserInput } from '../../services/accounts/add-user.js';
import { resetPassword } from '../../services/accounts/reset-password.js';
import { setUserDisabled } from '../../services/accounts/set-user-disabled.js';
import { listUsers } from '../../services/accounts/user-records.js';
import type { AppDeps } from '../create-app.js';
import { IdParam, Problem } from '../schemas/common.js';

const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    login: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', enum: [...ROLES] },
    regions: { type: 'array', items: { type: 'string' } },
    disabled: { type: 'boolean' },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
    version: { type: 'integer' },
  },
  required: ['id', 'login', 'name', 'role', 'regions', 'disabled', 'version'],
} as const;

const password = { type: 'string', minLength: 12, maxLength: 1000 } as const;
const admin = { access: { allow: ADMINISTRATORS } };
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** Accounts, for the administrator: list, add, disable or enable, reset a password. */
export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
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
        response: { 200: { type: 'array', items: userSchema }, ...errors },
      },
    },
    () => listUsers(deps.store.db),
  );

  app.post<{ Body: NewUserInput }>(
    '/api/users',
    {
      config: admin,
      schema: {
        summary: 'Add an account; a regional editor needs its regions (NUTS codes)',
        tags: ['accounts'],
        body: {
          type: 'object',
          properties: {
            login: { type: 'string', minLength: 2, maxLength: 100 },
            name: { type: 'string', minLength: 1, maxLength: 200 },
            role: { type: 'string', enum: [...ROLES] },
            regions: {
              type: 'array',
              maxItems: 100,
              items: { type: 'string', pattern: '^[A-Za-z0-9_]{2,12}$' },
            },
            password,
          },
          required: ['login', 'name', 'role', 'password'],
          additionalProperties: false,
        },
        response: { 201: userSchema, ...errors, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addUser(writeDeps(request), request.body)),
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    app.post<{ Params: { id: string } }>(
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
          response: { 200: userSchema, ...errors },
        },
      },
      (request) => setUserDisabled(writeDeps(request), request.params.id, disabled),
    );

  app.post<{ Params: { id: string }; Body: { password: string } }>(
    '/api/users/:id/password',
    {
      config: admin,
      schema: {
        summary: "Reset an account's password; its sessions end",
        tags: ['accounts'],
        params: IdParam,
        body: {
          type: 'object',
          properties: { password },
          required: ['password'],
          additionalProperties: false,
        },
        response: { 200: userSchema, ...errors },
      },
    },
    (request) => resetPassword(writeDeps(request), request.params.id, request.body.password),
  );
}

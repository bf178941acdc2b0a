import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { ROLES } from '../../domain/role.js';
import type { UserSummary } from '../../services/accounts/user-records.js';
import type { Store } from '../../storage/store.js';
import { cliWriteDeps } from '../cli-write-deps.js';
import { configFrom, withStore, withStoreCreated } from '../context.js';
import { printRows } from '../output.js';
import { readPassword } from '../password-input.js';

interface AddOptions {
  login: string;
  name: string;
  role: string;
  regions?: string;
  passwordStdin?: boolean;
}

async function idOf(store: Store, login: string): Promise<string> {
  const { userIdOfLogin } = await import('../../services/accounts/user-records.js');
  const id = await userIdOfLogin(store.db, login);
  if (!id)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no account with login ${login}; \`regiokracht user list\` shows them`,
    );
  return id;
}

function printUser(user: UserSummary): void {
  const regions = user.regions.length ? ` (${user.regions.join(', ')})` : '';
  console.log(
    `${user.login}: ${user.name}, ${user.role}${regions}${user.disabled ? ', disabled' : ''}`,
  );
}

/** `regiokracht user add|list|disable|enable|reset`: accounts of the server. */
export function userCommand(program: Command): void {
  const user = program
    .command('user')
    .description('accounts: add, list, disable, enable, reset a password');

  user
    .command('add')
    .description('add an account; the password is asked for (or read with --password-stdin)')
    .requiredOption('--login <login>', 'the login, e.g. an e-mail address')
    .requiredOption('--name <name>', 'the name shown in the application')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--regions <codes>', 'for a regional editor: NUTS codes, comma-separated (NL21,NL213)')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (options: AddOptions, command: Command) => {
      const password = await readPassword(options.passwordStdin ?? false);
      await withStoreCreated(configFrom(command), async (store) => {
        const { addUser } = await import('../../services/accounts/add-user.js');
        const added = await addUser(cliWriteDeps(store), {
          login: options.login,
          name: options.name,
          role: options.role,
          regions: options.regions
            ?.split(',')
            .map((r) => r.trim())
            .filter(Boolean),
          password,
        });
        printUser(added);
      });
    });

  user
    .command('list')
    .description('every account')
    .option('--json', 'print the accounts as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const { listUsers } = await import('../../services/accounts/user-records.js');
        const users = await listUsers(store.db);
        printRows(users, options.json, [
          { header: 'login', value: (u) => u.login },
          { header: 'name', value: (u) => u.name },
          { header: 'role', value: (u) => u.role },
          { header: 'regions', value: (u) => u.regions.join(',') || '–' },
          { header: 'disabled', value: (u) => (u.disabled ? 'yes' : 'no') },
        ]);
      });
    });

  for (const [name, disabled, description] of [
    ['disable', true, 'disable an account: it cannot log in, and its sessions end'],
    ['enable', false, 'enable a disabled account again'],
  ] as const)
    user
      .command(name)
      .description(description)
      .argument('<login>', 'the account')
      .action(async (login: string, _options: unknown, command: Command) => {
        await withStore(configFrom(command), async (store) => {
          const id = await idOf(store, login);
          const { setUserDisabled } = await import('../../services/accounts/set-user-disabled.js');
          printUser(await setUserDisabled(cliWriteDeps(store), id, disabled));
        });
      });

  user
    .command('reset')
    .description("set an account's password (asked for, or --password-stdin); its sessions end")
    .argument('<login>', 'the account')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (login: string, options: { passwordStdin?: boolean }, command: Command) => {
      const password = await readPassword(options.passwordStdin ?? false);
      await withStore(configFrom(command), async (store) => {
        const id = await idOf(store, login);
        const { resetPassword } = await import('../../services/accounts/reset-password.js');
        printUser(await resetPassword(cliWriteDeps(store), id, password));
      });
    });
}

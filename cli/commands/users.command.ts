import { Command, Option } from 'commander';
import { z } from 'zod';
import { registerSchema } from '../../lib/account-schemas.js';
import { audit, cliActor } from '../../lib/audit.js';
import { hashPassword } from '../../lib/passwords.js';
import { EmailTakenError, UserRepository } from '../../lib/repositories/user.repository.js';
import { openRuntime } from '../../lib/runtime.js';
import { ROLES, type Role } from '../../lib/tokens.js';
import { readLine } from '../stdin.js';

const input = z.object({ email: registerSchema.shape.email, password: registerSchema.shape.password });

export function usersCommand(): Command {
  const users = new Command('users').description('manage accounts');
  users
    .command('create')
    .description('create an account; the password is read from standard input (one line)')
    .requiredOption('--email <email>', 'email address')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .action(async (opts: { email: string; role: Role }) => {
      const parsed = input.safeParse({ email: opts.email, password: await readLine(process.stdin) });
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const runtime = await openRuntime('cli');
      try {
        const repo = new UserRepository(runtime.db);
        const user = await repo.create({
          email: parsed.data.email,
          passwordHash: await hashPassword(parsed.data.password),
          role: opts.role,
        });
        await audit(runtime.db, {
          actorId: null,
          action: 'user.create',
          resourceType: 'user',
          resourceId: user.id,
          details: { ...cliActor(), role: user.role },
        });
        process.stdout.write(`created ${user.role} ${user.email} (${user.id})\n`);
      } catch (err) {
        if (err instanceof EmailTakenError)
          throw new Error(`an account with email ${opts.email} already exists`, { cause: err });
        throw err;
      } finally {
        await runtime.close();
      }
    });
  return users;
}

import { Command, CommanderError } from 'commander';
import { ConfigError } from '../lib/config.js';
import { isMain } from '../lib/main.js';
import { migrateCommand } from './commands/migrate.command.js';
import { usersCommand } from './commands/users.command.js';

export function buildCli(): Command {
  const program = new Command('resona')
    .description('Resona operations: migrations, users, reprocessing')
    .exitOverride()
    .showHelpAfterError(false);
  program.addCommand(migrateCommand());
  program.addCommand(usersCommand());
  return program;
}

/** Runs the CLI; every failure ends as one line on stderr and a non-zero exit. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const message =
      err instanceof ConfigError ? err.message : `resona: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

if (isMain(import.meta.url)) {
  runCli(process.argv).then((code) => process.exit(code));
}

import { Command, CommanderError } from 'commander';
import type { StageName } from '../jobs/queues.js';
import { ConfigError } from '../lib/config.js';
import { isMain } from '../lib/main.js';
import { PIPELINE } from '../jobs/pipeline.js';
import { demoCommand } from './commands/demo.command.js';
import { migrateCommand } from './commands/migrate.command.js';
import { personaliseCommand } from './commands/personalise.command.js';
import { recoverCommand } from './commands/recover.command.js';
import { reprocessCommand } from './commands/reprocess.command.js';
import { retryFailedCommand } from './commands/retry-failed.command.js';
import { statsCommand } from './commands/stats.command.js';
import { usersCommand } from './commands/users.command.js';

/** `pipeline`: the stage names the queue commands work with, like startWorker(runtime, stages). */
export function buildCli(pipeline: readonly StageName[] = PIPELINE): Command {
  const program = new Command('resona')
    .description('Resona operations: migrations, users, reprocessing, queues')
    .exitOverride()
    .showHelpAfterError(false);
  program.addCommand(migrateCommand());
  program.addCommand(usersCommand());
  program.addCommand(reprocessCommand(pipeline));
  program.addCommand(retryFailedCommand(pipeline));
  program.addCommand(recoverCommand(pipeline));
  program.addCommand(statsCommand(pipeline));
  program.addCommand(personaliseCommand(pipeline));
  program.addCommand(demoCommand());
  return program;
}

/** Runs the CLI; every failure ends as one line on stderr and a non-zero exit. */
export async function runCli(argv: string[], pipeline?: readonly StageName[]): Promise<number> {
  try {
    await buildCli(pipeline).parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const reason = err instanceof Error ? err.message : String(err);
    const message = err instanceof ConfigError ? err.message : `resona: ${reason.replace(/\s*\n\s*/g, ' ')}`;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

if (isMain(import.meta.url)) {
  runCli(process.argv).then((code) => process.exit(code));
}

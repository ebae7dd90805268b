import { Command } from 'commander';
import { migrateLatest, migrateRollback } from '../../lib/db.js';
import { openRuntime } from '../../lib/runtime.js';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('apply pending migrations (or roll back the last batch)')
    .option('--rollback', 'roll back the last batch')
    .option('--all', 'with --rollback: roll back every migration')
    .action(async (opts: { rollback?: boolean; all?: boolean }) => {
      const runtime = await openRuntime('cli');
      try {
        const names = opts.rollback ? await migrateRollback(runtime.db, opts.all) : await migrateLatest(runtime.db);
        const verb = opts.rollback ? 'rolled back' : 'applied';
        process.stdout.write(
          names.length ? `${verb}: ${names.join(', ')}\n` : `nothing to ${opts.rollback ? 'roll back' : 'apply'}\n`,
        );
      } finally {
        await runtime.close();
      }
    });
}

import { Command } from 'commander';
import { z } from 'zod';
import type { StageName } from '../../jobs/queues.js';
import { audit, cliActor } from '../../lib/audit.js';
import { loadConfig } from '../../lib/config.js';
import { nightOf, zoneOfPerson } from '../../lib/interfaces/night.js';
import { runNight, type NightProgress } from '../../lib/interfaces/run-night.js';
import { withCliContext, type CliContext } from '../context.js';
import { parseOptions } from '../validate.js';

// `resona personalise [--user ID] [--dry-run]`: the nightly user_interfaces job on demand, in this process, for
// the night whose 03:00 last passed in each configured time zone (a night already written writes nothing again).

export const personaliseOptions = z.object({
  user: z.uuid().optional(),
  dryRun: z.boolean().default(false),
});
export type PersonaliseOptions = z.output<typeof personaliseOptions>;

export interface PlannedRow {
  user_id: string;
  version: number;
  theme: string;
  rule: string;
}

export interface PersonaliseSettings {
  timeZones: readonly string[];
  minSessions: number;
  batchSize?: number;
  now?: Date;
}

/** Runs each zone's night (only the person's zone with --user); a dry run reports what it would write. */
export async function personalise(
  ctx: CliContext,
  opts: PersonaliseOptions,
  settings: PersonaliseSettings,
  onRow?: (row: PlannedRow) => void,
): Promise<NightProgress[]> {
  const zones = settings.timeZones;
  const asOf = settings.now ?? new Date();
  let runZones = [...zones];
  if (opts.user) {
    const person = await ctx.db('users').where({ id: opts.user }).first('time_zone');
    if (!person) throw new Error(`--user: no user ${opts.user}`);
    runZones = [zoneOfPerson(person.time_zone, zones)];
  }
  const results: NightProgress[] = [];
  for (const timeZone of runZones) {
    const run = { timeZone, zones, night: nightOf(asOf, timeZone), asOf, minSessions: settings.minSessions };
    const onBatch = (
      _p: NightProgress,
      rows: Array<{ userId: string; version: number; config: { theme: string; rule: string } }>,
    ) =>
      rows.forEach((r) =>
        onRow?.({ user_id: r.userId, version: r.version, theme: r.config.theme, rule: r.config.rule }),
      );
    results.push(
      await runNight(
        ctx.db,
        { ...run, batchSize: settings.batchSize, userId: opts.user, dryRun: opts.dryRun },
        {
          onBatch: opts.dryRun ? onBatch : undefined,
        },
      ),
    );
  }
  // A run that wrote is a privileged action: who ran it, for whom and how many rows; a dry run changes nothing.
  if (!opts.dryRun) {
    const written = results.reduce((n, r) => n + r.written, 0);
    await audit(ctx.db, {
      actorId: null,
      action: 'personalise.run',
      details: { ...cliActor(), user: opts.user ?? null, zones: runZones.length, written },
    });
  }
  return results;
}

export function formatNight(p: NightProgress, dryRun: boolean): string {
  const wrote = dryRun ? `would write ${p.active - p.too_few_sessions - p.already_done}` : `wrote ${p.written}`;
  return (
    `${p.time_zone} night ${p.night}: ${p.active} active, ${wrote}, ` +
    `${p.too_few_sessions} with too few check-ins, ${p.already_done} already written\n`
  );
}

export function personaliseCommand(pipeline: readonly StageName[]): Command {
  return new Command('personalise')
    .description('run the nightly personalisation (user_interfaces) now')
    .option('--user <id>', 'only this person')
    .option('--dry-run', 'print what would be written and write nothing')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(personaliseOptions, raw);
      // The runtime opened by withCliContext reads the same environment and reports its warnings once.
      const { personalise: settings } = loadConfig(process.env, () => {});
      const print = (r: PlannedRow) =>
        process.stdout.write(`would write ${r.user_id} version ${r.version}: ${r.theme} (${r.rule})\n`);
      const results = await withCliContext(pipeline, (ctx) =>
        personalise(ctx, opts, settings, opts.dryRun ? print : undefined),
      );
      for (const r of results) process.stdout.write(formatNight(r, opts.dryRun));
      if (opts.dryRun) process.stdout.write('dry run: nothing written\n');
    });
}

import type { Knex } from '../db.js';
import { chooseInterface } from './rules.js';
import type { ZoneScope } from './night.js';
import { readPage, writeBatch, type NightRow } from './store.js';

// One time zone's night: people of the zone active in the last day, a page at a time by user id; each page's
// interfaces chosen by the rules and committed as one batch before the next page is read.

export const DEFAULT_BATCH_SIZE = 500;

/** Where a night's run stands: the time zone, the night and counts, plus the keyset cursor a retry continues from. */
export interface NightProgress {
  time_zone: string;
  night: string;
  /** The last user id of the last committed batch (an opaque id, no health data); null before the first. */
  after: string | null;
  batches: number;
  /** People of the zone active in the day before the run. */
  active: number;
  written: number;
  /** Active, but fewer completed check-ins in 30 days than PERSONALISE_MIN_SESSIONS: the default interface stays. */
  too_few_sessions: number;
  /** This night already had their row (a rerun or a concurrent run wrote it). */
  already_done: number;
  done: boolean;
}

export interface NightRun extends ZoneScope {
  night: string;
  asOf: Date;
  minSessions: number;
  batchSize?: number;
  userId?: string;
  /** Choose but write nothing. */
  dryRun?: boolean;
}

export interface NightHooks {
  /** Progress of an earlier attempt of the same run to continue from. */
  resume?: NightProgress;
  /** Called after each committed batch (a dry run: after each page) with the rows written or, dry, to be written. */
  onBatch?: (progress: NightProgress, rows: Array<NightRow & { version: number }>) => Promise<void> | void;
}

export function startProgress(timeZone: string, night: string): NightProgress {
  return {
    time_zone: timeZone,
    night,
    after: null,
    batches: 0,
    active: 0,
    written: 0,
    too_few_sessions: 0,
    already_done: 0,
    done: false,
  };
}

export async function runNight(db: Knex, run: NightRun, hooks: NightHooks = {}): Promise<NightProgress> {
  const limit = run.batchSize ?? DEFAULT_BATCH_SIZE;
  const p: NightProgress = { ...(hooks.resume ?? startProgress(run.timeZone, run.night)), done: false };
  for (;;) {
    const page = await readPage(db, { ...run, after: p.after, limit });
    if (page.length === 0) break;
    const rows: Array<NightRow & { version: number }> = [];
    for (const person of page) {
      if (person.sessions < run.minSessions) p.too_few_sessions += 1;
      else if (person.hasNight) p.already_done += 1;
      else rows.push({ userId: person.userId, config: chooseInterface(person), version: person.lastVersion + 1 });
    }
    const written = run.dryRun ? 0 : await writeBatch(db, run.night, run.timeZone, rows);
    // A concurrent run may have written some of them between the read and the write.
    p.already_done += rows.length - (run.dryRun ? rows.length : written);
    p.written += written;
    p.active += page.length;
    p.batches += 1;
    p.after = page.at(-1)!.userId;
    await hooks.onBatch?.(p, rows);
    if (page.length < limit) break;
  }
  p.done = true;
  return p;
}

import type { Knex } from 'knex';
import type { Logger } from '../lib/logger.js';
import { runPeriodically } from '../lib/periodic.js';
import { eraseFinishedCheckpoints, eraseSettledAudio } from '../lib/results/retention.js';

/**
 * Every `everyMs`: drops the stage checkpoints of finished analyses and, with AUDIO_RETENTION=after_transcription
 * (`eraseAudio`), erases the audio finished analyses still hold (failed ones after `failedGraceMs`).
 */
export function startRetentionSweeper(
  db: Knex,
  logger: Logger,
  opts: { everyMs: number; eraseAudio: boolean; failedGraceMs: number },
): { stop(): Promise<void> } {
  return runPeriodically('retention sweep', opts.everyMs, logger, async () => {
    await eraseFinishedCheckpoints(db);
    if (!opts.eraseAudio) return;
    let erased = 0;
    for (let n = -1; n !== 0; erased += n) n = await eraseSettledAudio(db, { failedGraceMs: opts.failedGraceMs });
    if (erased) logger.info({ erased }, 'retention sweep erased the audio of finished analyses');
  });
}

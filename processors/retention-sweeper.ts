import type { Knex } from 'knex';
import type { Logger } from '../lib/logger.js';
import { eraseSettledAudio } from '../lib/results/retention.js';

/** Erases, every `everyMs`, the audio of finished analyses that still hold some (AUDIO_RETENTION=after_transcription). */
export function startRetentionSweeper(db: Knex, logger: Logger, everyMs: number): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const sweep = async () => {
    let erased = 0;
    for (let n = -1; n !== 0; erased += n) n = await eraseSettledAudio(db);
    if (erased) logger.info({ erased }, 'retention sweep erased the audio of finished analyses');
  };
  const timer = setInterval(() => {
    running ??= sweep()
      .catch((err: unknown) => logger.warn({ err: (err as Error).message }, 'retention sweep failed; will retry'))
      .finally(() => (running = undefined));
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

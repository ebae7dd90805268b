import { expect } from 'chai';
import { WRITE_MINIMAL_RESULT } from '../../bench/stages.js';
import type { Acoustics } from '../../lib/results/acoustics.js';
import type { StageDefinition } from '../../processors/stage.js';
import { voiceWith } from './baseline-sessions.js';
import { resona } from './cli.js';
import type { Engine } from './engine.js';
import { waitUntil } from './wait.js';

// Baseline tests through the real pipeline: a transcription stand-in that gives each check-in a usable voice, and a
// reprocess run waited out to its end.

/** A transcription stage whose acoustics are one real voice changed by `change(k)`, k the last word of the transcript. */
export const numberedVoiceTranscription = (
  change: (k: number) => Partial<Acoustics>,
  concurrency = 4,
): StageDefinition => ({
  name: 'transcription',
  timeoutMs: 10_000,
  concurrency,
  run: async (ctx) => {
    await WRITE_MINIMAL_RESULT.transcription(ctx);
    const k = Number((await ctx.analysis()).client_transcript!.split(' ').at(-1));
    ctx.results.write('acoustics', voiceWith(change(k)));
  },
});

/** `resona reprocess --stage <stage> --user <id>`, then waits until every analysis of the person ran again. */
export async function reprocessPerson(engine: Engine, stage: string, userId: string): Promise<void> {
  const run = await resona(['reprocess', '--stage', stage, '--user', userId], engine.env);
  expect(run.code, run.stderr).to.equal(0);
  await waitUntil(
    async () =>
      (await engine.t.db('analyses').where({ user_id: userId }).whereNot({ status: 'completed' })).length === 0 &&
      (await engine.t.db('analyses').where({ user_id: userId, reprocess_generation: 0 })).length === 0,
    { timeoutMs: 60_000 },
  );
}

import { expect } from 'chai';
import request from 'supertest';
import type { StageName } from '../../../jobs/queues.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { resona } from '../../setup/cli.js';
import { waitForEnd, type Engine } from '../../setup/engine.js';
import { waitUntil } from '../../setup/wait.js';
import { allTestStages } from '../../setup/test-stages.js';

/** The real transcription stage followed by the engine's small test stages. */
export const pipelineWithTranscription = () => [
  transcriptionStage,
  ...allTestStages().filter((s) => s.name !== 'transcription'),
];

export interface Upload {
  audio?: Buffer;
  filename?: string;
  contentType?: string;
  fields?: Record<string, string>;
  idempotencyKey?: string;
}

/** Submits through the HTTP API as a phone app would (multipart) and waits for the analysis to end. */
export async function analyse(engine: Engine, auth: string, u: Upload, timeoutMs = 60_000) {
  const req = request(engine.app).post('/v1/analyses').set('Authorization', auth);
  if (u.idempotencyKey) req.set('Idempotency-Key', u.idempotencyKey);
  for (const [k, v] of Object.entries(u.fields ?? {})) req.field(k, v);
  if (u.audio) req.attach('audio', u.audio, { filename: u.filename ?? 'recording', contentType: u.contentType });
  const res = await req.expect(202);
  return waitForEnd(engine.app, auth, res.body.id, timeoutMs);
}

/** `resona reprocess --stage <stage> --user <id>` as operators run it; resolves once the analysis completed again. */
export async function reprocessed(engine: Engine, stage: StageName, userId: string, analysisId: string) {
  const run = await resona(['reprocess', '--stage', stage, '--user', userId], engine.env);
  expect(run.code, run.stderr).to.equal(0);
  await waitUntil(
    async () => {
      const a = await engine.t.db('analyses').where({ id: analysisId }).first();
      return a.reprocess_generation === 1 && a.status === 'completed';
    },
    { timeoutMs: 30_000 },
  );
}

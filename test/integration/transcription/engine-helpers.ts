import request from 'supertest';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { waitForEnd, type Engine } from '../../setup/engine.js';
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
}

/** Submits through the HTTP API as a phone app would (multipart) and waits for the analysis to end. */
export async function analyse(engine: Engine, auth: string, u: Upload, timeoutMs = 60_000) {
  const req = request(engine.app).post('/v1/analyses').set('Authorization', auth);
  for (const [k, v] of Object.entries(u.fields ?? {})) req.field(k, v);
  if (u.audio) req.attach('audio', u.audio, { filename: u.filename ?? 'recording', contentType: u.contentType });
  const res = await req.expect(202);
  return waitForEnd(engine.app, auth, res.body.id, timeoutMs);
}

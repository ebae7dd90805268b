import fs from 'node:fs';
import { expect } from 'chai';
import request from 'supertest';
import { eraseSettledAudio } from '../../../lib/results/retention.js';
import { StageInputError, type StageDefinition } from '../../../processors/stage.js';
import { makeTones } from '../../setup/audio.js';
import { registerUser, startEngine, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';

/** A transcription stage that blames the recording for "garbled" and the input otherwise for "poison". */
const judging: StageDefinition = {
  name: 'transcription',
  timeoutMs: 10_000,
  concurrency: 2,
  run: async (ctx) => {
    const text = (await ctx.analysis()).client_transcript ?? '';
    if (text.includes('garbled')) throw new StageInputError('invalid_audio', 'the recording cannot be decoded');
    if (text.includes('poison')) throw new StageInputError('invalid_input', 'not the recording’s fault');
  },
};

for (const inProcessWorker of [true, false]) {
  describe(`audio retention (${inProcessWorker ? 'stages running' : 'no worker: the test sets each state'})`, function () {
    this.timeout(60_000);
    let engine: Engine;
    let wav: Buffer;
    let auth: string;
    before(async () => {
      wav = fs.readFileSync(makeTones().wav);
      const stages = [judging, ...allTestStages().slice(1)];
      engine = await startEngine('redis', stages, {}, { inProcessWorker });
      auth = (await registerUser(engine.app)).auth;
    });
    after(() => engine.stop());

    const upload = (transcript: string) =>
      request(engine.app)
        .post('/v1/analyses')
        .set('Authorization', auth)
        .field('transcript', transcript)
        .attach('audio', wav, 'tone.wav')
        .expect(202);
    const audioOf = async (id: string) => {
      const rec = await engine.t.db('recordings').where({ analysis_id: id }).first('id', 'erased_at');
      const { n } = (await engine.t.db('recording_blobs').where({ recording_id: rec.id }).count('* as n').first()) as {
        n: string;
      };
      return { erased: rec.erased_at !== null, chunks: Number(n) };
    };

    if (inProcessWorker) {
      it('erases the audio in the transaction that fails an analysis because of its recording', async () => {
        const id = (await upload('garbled')).body.id as string;
        expect((await waitForEnd(engine.app, auth, id)).status).to.equal('failed');
        expect(await audioOf(id)).to.deep.equal({ erased: true, chunks: 0 });
      });

      it('keeps the audio of an analysis that failed for another reason, for retry-failed', async () => {
        const id = (await upload('poison')).body.id as string;
        expect((await waitForEnd(engine.app, auth, id)).status).to.equal('failed');
        expect((await audioOf(id)).erased).to.equal(false);
      });
    }

    if (!inProcessWorker) {
      it('sweeps finished analyses’ audio, failed ones after the grace period, and leaves running ones', async () => {
        const ids = await Promise.all(['a', 'b', 'c', 'd'].map(async (t) => (await upload(t)).body.id as string));
        const [completed, oldFailure, freshFailure, running] = ids as [string, string, string, string];
        await engine.t.db('analyses').where({ id: completed }).update({ status: 'completed' });
        await engine.t.db('analyses').where({ id: freshFailure }).update({ status: 'failed' });
        await engine.t
          .db('analyses')
          .where({ id: oldFailure })
          .update({ status: 'failed', updated_at: engine.t.db.raw("now() - interval '2 hours'") });
        await engine.t.db('analyses').where({ id: running }).update({ status: 'processing' });

        expect(await eraseSettledAudio(engine.t.db, { failedGraceMs: 3600_000 })).to.equal(2);
        expect(await audioOf(completed)).to.deep.equal({ erased: true, chunks: 0 });
        expect(await audioOf(oldFailure)).to.deep.equal({ erased: true, chunks: 0 });
        expect((await audioOf(freshFailure)).erased).to.equal(false);
        expect((await audioOf(running)).erased).to.equal(false);
        expect((await audioOf(running)).chunks).to.be.greaterThan(0);
      });
    }
  });
}

import fs from 'node:fs';
import { expect } from 'chai';
import request from 'supertest';
import { eraseSettledAudio } from '../../../lib/results/retention.js';
import { makeTones } from '../../setup/audio.js';
import { registerUser, startEngine, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';

for (const inProcessWorker of [true, false]) {
  describe(`audio retention (${inProcessWorker ? 'stages running' : 'no worker: the test sets each state'})`, function () {
    this.timeout(60_000);
    let engine: Engine;
    let wav: Buffer;
    let auth: string;
    before(async () => {
      wav = fs.readFileSync(makeTones().wav);
      engine = await startEngine(
        'redis',
        allTestStages({ transcription: { rejectWord: 'poison' } }),
        {},
        { inProcessWorker },
      );
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

    if (inProcessWorker)
      it('erases the audio in the transaction that fails an analysis for good', async () => {
        const id = (await upload('poison')).body.id as string;
        const end = await waitForEnd(engine.app, auth, id);
        expect(end.status).to.equal('failed');
        expect(await audioOf(id)).to.deep.equal({ erased: true, chunks: 0 });
      });

    if (!inProcessWorker)
      it('sweeps the audio of finished analyses that still hold some, and leaves running ones alone', async () => {
        // As if failed by a path that does not erase (a crash, a stalled job, an older version).
        const failed = (await upload('poison')).body.id as string;
        await engine.t.db('analyses').where({ id: failed }).update({ status: 'failed' });
        const running = (await upload('niko sawa')).body.id as string;
        await engine.t.db('analyses').where({ id: running }).update({ status: 'processing' });
        const before = await audioOf(running);
        expect(before.chunks).to.be.greaterThan(0);

        expect(await eraseSettledAudio(engine.t.db)).to.be.at.least(1);
        expect(await audioOf(failed)).to.deep.equal({ erased: true, chunks: 0 });
        expect(await audioOf(running)).to.deep.equal(before);
      });
  });
}

import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { numberedVoiceTranscription, reprocessPerson } from '../../setup/baseline-engine.js';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { testStage } from '../../setup/test-stages.js';

// A check-in sent without recorded_at (optional, DESIGN §4) is placed by its submission time, which PostgreSQL holds in
// microseconds and the stored session in milliseconds: a re-run once found the session's own row "before" itself.

describe('re-run of a check-in submitted without recorded_at', function () {
  this.timeout(120_000);
  let engine: Engine;

  before(async () => {
    engine = await startEngine('redis', [
      numberedVoiceTranscription((k) => ({ f0_sd_st: 2 + 0.1 * k, speech_rate_syl_per_s: 4 + 0.05 * k })),
      emotionStage,
      baselineStage,
      testStage('risk'),
      testStage('reply'),
    ]);
  });
  after(() => engine.stop());

  /** A new person with `n` check-ins, each completed before the next is sent (no recorded_at). */
  const person = async (n: number) => {
    const { auth, id } = await registerUser(engine.app);
    const ids: string[] = [];
    for (let k = 0; k < n; k++) {
      const res = await submit(engine.app, auth, { transcript: `I am fine today ${k}` }).expect(202);
      expect((await waitForEnd(engine.app, auth, res.body.id)).status).to.equal('completed');
      ids.push(res.body.id);
    }
    return { auth, userId: id, ids };
  };
  const reprocess = (stage: string, userId: string) => reprocessPerson(engine, stage, userId);
  const baselineOf = async (id: string) =>
    (await engine.t.db('session_deviations').where({ analysis_id: id }).first()).current_value as {
      sessions: number;
      status: string;
    };

  it('compares each session with the same earlier sessions after `resona reprocess --stage baseline`', async () => {
    const { userId, ids } = await person(6);
    const first = await Promise.all(ids.map(baselineOf));
    expect(first.map((b) => b.sessions)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    await reprocess('baseline', userId);
    const again = await Promise.all(ids.map(baselineOf));
    // Observed: [1, 2, 3, 4, 5, 6] (each session counted among those recorded before itself; the fifth turns
    // "established" and is compared with itself).
    expect(again.map((b) => b.sessions)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(again.map((b) => b.status)).to.deep.equal(first.map((b) => b.status));
  });

  it('the emotion stage reads the baseline as it stood for the session after `resona reprocess --stage emotion`', async () => {
    const { auth, userId, ids } = await person(5);
    const basis = async (id: string) => (await waitForEnd(engine.app, auth, id)).result.emotion.voice.basis as string;
    // The fifth session has four earlier ones: fewer than BASELINE_MIN_SESSIONS, so the population model.
    expect(await basis(ids[4]!)).to.equal('population');
    await reprocess('emotion', userId);
    expect(await basis(ids[4]!)).to.equal('population');
  });
});

import { expect } from 'chai';
import { PROCESSORS } from '../../../processors/registry.js';
import fs from 'node:fs';
import request from 'supertest';
import { reprocessPerson } from '../../setup/baseline-engine.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse } from '../transcription/engine-helpers.js';
import { audioDir, silence, speech, synth, tone } from '../transcription/test-audio.js';

// One person's check-ins through the real pipeline: real ffmpeg, the real extractor, PostgreSQL and Redis.

const SENTENCES = [
  'I walked to the market this morning and bought some bread and fruit for the family.',
  'My sister called me yesterday and we talked for a long time about the children.',
  'Work was busy today but I managed to finish everything before the evening came.',
  'The rain kept us inside most of the afternoon so we played cards and told stories.',
  'I slept well last night and woke up early to make tea before everyone else.',
  'We visited my grandmother on Sunday and she cooked a big meal for all of us.',
];
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 7, 30)).toISOString();

describe('the baseline stage', function () {
  this.timeout(120_000);
  let engine: Engine;
  let auth: string;
  let userId: string;
  const dir = audioDir();
  const voice = (name: string, k: number, opts: { pitch?: number; speed?: number } = {}) => {
    const text = `${SENTENCES[k % SENTENCES.length]} ${SENTENCES[(k + 1) % SENTENCES.length]}`;
    // A higher voice (about 215 Hz): the syllable counter over-counts voices under about 95 Hz (see the issue note).
    const shape = { voice: 'en+f3', pitch: 50 + (k % 3) * 2, speed: 150 + (k % 2) * 6, ...opts };
    return fs.readFileSync(speech(dir, `${name}.wav`, text, shape));
  };
  const checkIn = async (audio: Buffer | undefined, recordedAt: string, transcript?: string) => {
    const fields: Record<string, string> = { recorded_at: recordedAt, ...(transcript ? { transcript } : {}) };
    const done = await analyse(engine, auth, { audio, fields });
    expect(done.status, JSON.stringify(done.error ?? done.stages)).to.equal('completed');
    return done;
  };
  const myBaseline = async () =>
    (await request(engine.app).get('/v1/me/baseline').set('Authorization', auth).expect(200)).body;

  before(async () => {
    engine = await startEngine('redis', [...PROCESSORS]);
    ({ auth, id: userId } = await registerUser(engine.app));
  });
  after(() => engine.stop());

  const ordinary: Array<{ id: string; result: { baseline: { deviation_score: number | null } } }> = [];

  it('collects the first five sessions without deviations, then compares the sixth with them', async () => {
    for (let k = 0; k < 7; k++) ordinary.push(await checkIn(voice(`ordinary-${k}`, k), day(k + 1)));
    ordinary.slice(0, 5).forEach((done, k) => {
      expect(done.result.baseline).to.include({ status: 'collecting', sessions: k, required: 5, counted: true });
      expect(done.result.baseline.deviation_score).to.equal(null);
    });
    const sixth = ordinary[5]!.result as unknown as {
      baseline: Record<string, unknown>;
      emotion: { voice: { basis: string } };
    };
    expect(sixth.baseline).to.include({ status: 'established', sessions: 5 });
    expect(sixth.baseline.deviation_score).to.be.a('number');
    // The emotion stage read the baseline as it stood for this session.
    expect(sixth.emotion.voice.basis).to.equal('personal_baseline');
    expect(await myBaseline()).to.include({ status: 'established', sessions: 7, required: 5, window: 20 });
  });

  it('scores a lower, slower session well above every ordinary one and names pitch and rate with their direction', async () => {
    const done = await checkIn(voice('changed', 7, { pitch: 15, speed: 100 }), day(9));
    const b = done.result.baseline;
    const named = Object.fromEntries(
      (b.deviations as Array<{ feature: string; direction: string }>).map((d) => [d.feature, d.direction]),
    );
    expect(named).to.include({ f0_p50_st: 'lower pitch', speech_rate_syl_per_s: 'slower speech' });
    const usual = ordinary.slice(5).map((o) => o.result.baseline.deviation_score!);
    expect(b.deviation_score).to.be.above(2 * Math.max(...usual));
  });

  it('counts each session once when `resona reprocess --stage baseline` runs them all again', async () => {
    const before = await myBaseline();
    await reprocessPerson(engine, 'baseline', userId);
    expect((await myBaseline()).sessions).to.equal(before.sessions);
    const rows = await engine.t.db('session_deviations').where({ user_id: userId }).count<{ count: string }[]>();
    expect(Number(rows[0]!.count)).to.equal(before.sessions);
  });

  it('records a session without enough voice as not counted, with the reason', async () => {
    const before = await myBaseline();
    const done = await checkIn(fs.readFileSync(synth(dir, 'short.wav', [silence(1), tone(1), silence(1)])), day(10));
    expect(done.result.baseline).to.include({ counted: false, deviation_score: null });
    expect(done.result.baseline.reason).to.match(/^voice unusable/);
    expect((await myBaseline()).sessions).to.equal(before.sessions);
  });

  it('places a session uploaded late by when it was recorded', async () => {
    const done = await checkIn(voice('late', 3), day(0));
    expect(done.result.baseline).to.include({ status: 'collecting', sessions: 0, counted: true });
  });

  it('takes a deleted analysis out of the baseline', async () => {
    const before = await myBaseline();
    await request(engine.app).delete(`/v1/analyses/${ordinary[6]!.id}`).set('Authorization', auth).expect(204);
    expect((await myBaseline()).sessions).to.equal(before.sessions - 1);
  });
});

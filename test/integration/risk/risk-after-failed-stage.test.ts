import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { replyStage } from '../../../processors/reply/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { testStage } from '../../setup/test-stages.js';
import { analyse } from '../transcription/engine-helpers.js';

// A stage before risk that fails for good (emotion or baseline, after its retries) must not keep a crisis check-in
// from being read for risk: the later stages run, the escalation opens, and the analysis ends failed.

const HOOK = 'http://127.0.0.1:9/hook';

async function webhookRows(engine: Engine, id: string) {
  const rows = await engine.t.db('outbox').where({ kind: 'webhook' }).whereRaw("payload->>'analysis_id' = ?", [id]);
  return rows.map((r: { payload: { status: string } }) => r.payload.status);
}

describe('risk after an earlier stage failed for good', function () {
  this.timeout(90_000);
  let engine: Engine;
  before(async () => {
    // The real stages but one, which rejects check-ins naming its word, as a stage failing for good does.
    engine = await startEngine(
      'redis',
      [transcriptionStage, testStage('emotion', { rejectWord: 'tonight' }), baselineStage, riskStage, replyStage],
      { WEBHOOK_ALLOW_PRIVATE: 'true' },
    );
  });
  after(() => engine.stop());

  it('opens a critical escalation and replies with the crisis template when emotion failed', async () => {
    const { auth } = await registerUser(engine.app);
    const fields = { transcript: 'I am going to kill myself tonight', callback_url: HOOK };
    const done = await analyse(engine, auth, { fields });
    expect(done.status).to.equal('failed');
    expect(done.error).to.include({ stage: 'emotion', code: 'invalid_input' });
    expect(done.stages.emotion.status).to.equal('failed');
    for (const stage of ['baseline', 'risk', 'reply']) expect(done.stages[stage].status, stage).to.equal('completed');
    expect(done.result.risk).to.include({ level: 'critical' });
    expect(done.result.risk.escalation.id).to.be.a('string');
    expect(done.result.reply.kind).to.equal('crisis');
    const escalations = await engine.t.db('escalations').where({ analysis_id: done.id });
    expect(escalations).to.have.length(1);
    // Announced once, as failed, when its last stage ended; not when emotion failed.
    expect(await webhookRows(engine, done.id)).to.deep.equal(['failed']);
  });

  for (const idempotencyKey of [undefined, 'check-in-1'])
    it(`reads the client’s words for risk when their recording cannot be decoded, and still ends invalid_audio${idempotencyKey ? ' (with an Idempotency-Key)' : ''}`, async () => {
      const { auth } = await registerUser(engine.app);
      const junk = Buffer.concat([Buffer.from('RIFF\x24\x00\x10\x00WAVEfmt ', 'latin1'), Buffer.alloc(4000, 0x5a)]);
      const transcript = 'I will kill myself this weekend, I have written my goodbye letters';
      const done = await analyse(engine, auth, {
        audio: junk,
        filename: 'a.wav',
        fields: { transcript },
        idempotencyKey,
      });
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ stage: 'transcription', code: 'invalid_audio' });
      expect(done.result).not.to.have.property('transcription');
      expect(done.result.risk).to.include({ level: 'critical', tier: 'plan' });
      expect(await engine.t.db('escalations').where({ analysis_id: done.id })).to.have.length(1);
      expect(await engine.t.db('recordings').where({ analysis_id: done.id }).whereNotNull('erased_at')).to.have.length(
        1,
      );
    });

  it('completes an ordinary check-in whose stages all ran, announcing it as completed', async () => {
    const { auth } = await registerUser(engine.app);
    const done = await analyse(engine, auth, { fields: { transcript: 'niko sawa, just tired', callback_url: HOOK } });
    expect(done.status).to.equal('completed');
    expect(done).not.to.have.property('error');
    expect(await webhookRows(engine, done.id)).to.deep.equal(['completed']);
  });
});

describe('risk after the baseline stage failed for good', function () {
  this.timeout(90_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('postgres', [
      transcriptionStage,
      emotionStage,
      testStage('baseline', { rejectWord: 'kesho' }),
      riskStage,
    ]);
  });
  after(() => engine.stop());

  it('reads the check-in for risk with the emotion it has and opens the escalation', async () => {
    const { auth } = await registerUser(engine.app);
    const done = await analyse(engine, auth, {
      fields: { transcript: 'nitajiua kesho, nimeshaandika barua ya kuaga' },
    });
    expect(done.status).to.equal('failed');
    expect(done.error).to.include({ stage: 'baseline' });
    expect(done.stages.risk.status).to.equal('completed');
    expect(done.result.emotion).to.be.an('object');
    expect(done.result.risk.level).to.equal('critical');
    expect(await engine.t.db('escalations').where({ analysis_id: done.id })).to.have.length(1);
  });
});

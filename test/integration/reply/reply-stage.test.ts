import { expect } from 'chai';
import request from 'supertest';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { replyStage } from '../../../processors/reply/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse, reprocessed } from '../transcription/engine-helpers.js';

// The reply stage at the end of the real five-stage pipeline, without a model: curated templates.

describe('the reply stage with templates', function () {
  this.timeout(60_000);
  let engine: Engine;
  let auth: string;
  let userId: string;
  before(async () => {
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage, replyStage]);
    ({ auth, id: userId } = await registerUser(engine.app));
  });
  after(() => engine.stop());

  const checkIn = async (transcript: string, extra: Record<string, string> = {}) => {
    const done = await analyse(engine, auth, { fields: { transcript, ...extra } });
    expect(done.status, JSON.stringify(done.error ?? done.stages)).to.equal('completed');
    return done;
  };

  it('answers sadness in English with an empathetic template, exactly the fields of DESIGN §11', async () => {
    const reply = (await checkIn('I feel so sad and lonely today, I miss my family')).result.reply;
    expect(Object.keys(reply).sort()).to.deep.equal(['kind', 'language', 'moderated', 'provider', 'text']);
    expect(reply).to.include({ kind: 'empathetic', language: 'en', provider: 'template', moderated: false });
  });

  it('answers in Swahili when the person spoke Swahili', async () => {
    const reply = (await checkIn('leo najisikia huzuni sana, sina furaha kabisa')).result.reply;
    expect(reply).to.include({ language: 'sw', kind: 'empathetic' });
    expect(reply.text).to.match(/\b(asante|inaonekana|nimesikia)\b/i);
  });

  it('answers high risk with the crisis template and the risk result’s resources', async () => {
    const done = await checkIn('nimepanga kujiua kesho');
    expect(done.result.risk.level).to.equal('critical');
    expect(done.result.reply).to.include({ kind: 'crisis', provider: 'template', language: 'sw' });
    for (const r of done.result.risk.resources as Array<{ phone?: string }>)
      if (r.phone) expect(done.result.reply.text).to.include(r.phone);
  });

  it('does not give the same person the same sentence on consecutive check-ins', async () => {
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await checkIn('I am feeling very sad and down today')).result.reply.text);
    expect(new Set(texts).size).to.equal(3);
  });

  it('keeps the conversation’s turns encrypted and erases reply and turn with the analysis', async () => {
    const done = await checkIn('my sister visited and I felt a bit better');
    const turn = await engine.t.db('conversation_turns').where({ analysis_id: done.id }).first();
    expect(turn.ciphertext.toString('latin1')).to.not.include('sister');
    await request(engine.app).delete(`/v1/analyses/${done.id}`).set('Authorization', auth).expect(204);
    expect(await engine.t.db('replies').where({ analysis_id: done.id })).to.have.length(0);
    expect(await engine.t.db('conversation_turns').where({ analysis_id: done.id })).to.have.length(0);
  });

  it('regenerates without a second row when `resona reprocess --stage reply` runs it again', async () => {
    const done = await checkIn('nimechoka sana na kazi wiki hii');
    await reprocessed(engine, 'reply', userId, done.id);
    expect(await engine.t.db('replies').where({ analysis_id: done.id })).to.have.length(1);
    expect(await engine.t.db('conversation_turns').where({ analysis_id: done.id })).to.have.length(1);
  });
});

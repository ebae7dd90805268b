import { expect } from 'chai';
import { PROCESSORS } from '../../../processors/registry.js';
import request from 'supertest';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse, reprocessed } from '../transcription/engine-helpers.js';
import fs from 'node:fs';
import { audioDir, speech } from '../transcription/test-audio.js';

// The risk stage at the end of the real pipeline, on check-ins whose words the client sent.

describe('the risk stage', function () {
  this.timeout(60_000);
  let engine: Engine;
  let auth: string;
  let userId: string;
  before(async () => {
    engine = await startEngine('redis', [...PROCESSORS]);
    ({ auth, id: userId } = await registerUser(engine.app));
  });
  after(() => engine.stop());

  const checkIn = async (transcript: string) => {
    const done = await analyse(engine, auth, { fields: { transcript } });
    expect(done.status, JSON.stringify(done.error ?? done.stages)).to.equal('completed');
    return done;
  };

  it('grades a plan as critical, lists the crisis resources and opens one escalation, keeping only a short span', async () => {
    const words = `${'Leo nilikuwa kazini siku nzima na nimechoka. '.repeat(4)}I am going to kill myself tonight.`;
    const done = await checkIn(words);
    const risk = done.result.risk;
    expect(risk).to.include({ level: 'critical', tier: 'plan' });
    expect(risk.escalation.status).to.equal('created');
    expect(risk.resources.map((r: { country: string }) => r.country)).to.include.members(['KE', 'TZ', 'UG']);
    for (const f of risk.factors as Array<{ span?: string }>) expect(f.span ?? '').to.have.length.below(81);
    expect(JSON.stringify(risk)).to.not.include('kazini siku nzima na nimechoka. Leo');
    const rows = await engine.t.db('escalations').where({ analysis_id: done.id });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ risk_level: 'critical', id: risk.escalation.id });
    // Routed to the clinicians' queue as soon as the webhooks worker sees it (no ESCALATION_WEBHOOK_URL here).
    expect(rows[0].status).to.be.oneOf(['created', 'routed']);
  });

  it('grades a plan typed with emoji where the span is cut, and opens its escalation', async () => {
    // The span is cut at 79 UTF-16 units: here through the first emoji, which jsonb would refuse as half a pair.
    const done = await checkIn('I am going to kill myself tonight because nobody cares about me anymore at all😭😭😭');
    expect(done.result.risk).to.include({ level: 'critical', tier: 'plan' });
    expect(await engine.t.db('escalations').where({ analysis_id: done.id })).to.have.length(1);
  });

  it('grades a passive wish in Swahili as medium, with no escalation and no resources', async () => {
    const risk = (await checkIn('siku hizi nataka kufa tu')).result.risk;
    expect(risk).to.include({ level: 'medium', tier: 'passive' });
    expect(risk).to.not.have.property('escalation');
    expect(risk).to.not.have.property('resources');
  });

  it('records in risk_assessments what the crisis-language patterns contributed and that it escalated', async () => {
    const done = await checkIn('nimepanga kujiua kesho usiku');
    const [row] = await engine.t.db('risk_assessments').where({ analysis_id: done.id });
    expect(row).to.include({ risk_level: 'critical', action_taken: 'escalated' });
    expect(row.pattern_contribution).to.be.at.least(0.9);
    // Words alone, no voice: neither dissonance nor a baseline added anything.
    expect(row).to.include({ dissonance_contribution: null, baseline_deviation_contribution: null });
  });

  it('records that a medium assessment took no action', async () => {
    const done = await checkIn('siku hizi natamani nisiamke asubuhi');
    const [row] = await engine.t.db('risk_assessments').where({ analysis_id: done.id });
    expect(row).to.include({ risk_level: 'medium', action_taken: 'none' });
    expect(row.pattern_contribution).to.be.at.least(0.35).and.below(0.65);
  });

  it('keeps a report about a friend low, recorded as third_party for follow-up', async () => {
    const risk = (await checkIn('my friend told me he wants to kill himself and I am worried')).result.risk;
    expect(risk).to.include({ level: 'low', tier: 'none' });
    expect(risk.factors.map((f: { code: string }) => f.code)).to.include('third_party');
  });

  it('opens no second escalation when `resona reprocess --stage risk` runs it again', async () => {
    const done = await checkIn('nimepanga kujiua kesho');
    const first = done.result.risk.escalation.id;
    await reprocessed(engine, 'risk', userId, done.id);
    const rows = await engine.t.db('escalations').where({ analysis_id: done.id });
    expect(rows.map((r) => r.id)).to.deep.equal([first]);
  });

  it('reads risk from the other layers when there are no words, with tier null and the reason', async () => {
    const audio = fs.readFileSync(
      speech(audioDir(), 'risk-no-words.wav', 'the weather was fine today and I walked home'),
    );
    const done = await analyse(engine, auth, { audio });
    expect(done.status).to.equal('completed');
    expect(done.result.risk.tier).to.equal(null);
    expect(done.result.risk.reason).to.match(/^no words to read/);
  });

  it('erases the escalation with the analysis on DELETE', async () => {
    const done = await checkIn('nilijaribu kujiua jana usiku');
    expect(done.result.risk.level).to.equal('critical');
    await request(engine.app).delete(`/v1/analyses/${done.id}`).set('Authorization', auth).expect(204);
    expect(await engine.t.db('escalations').where({ analysis_id: done.id })).to.have.length(0);
  });
});

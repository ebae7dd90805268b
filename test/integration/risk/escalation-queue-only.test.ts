import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse } from '../transcription/engine-helpers.js';
import { accountWithRole } from '../../setup/staff.js';
import { waitUntil } from '../../setup/wait.js';
import request from 'supertest';

// Escalations without ESCALATION_WEBHOOK_URL are routed to the clinicians' queue (DESIGN §10), and nothing claims to
// re-send them.

describe('escalations without a webhook URL', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage], {
      ESCALATION_ACK_MINUTES: '0.02',
    });
  });
  after(() => engine.stop());

  it('routes a critical escalation to the clinicians’ queue, shown in the result and the routed list', async () => {
    const { auth } = await registerUser(engine.app);
    const done = await analyse(engine, auth, { fields: { transcript: 'I am going to kill myself tonight' } });
    const id = done.result.risk.escalation.id as string;
    await waitUntil(async () => (await engine.t.db('escalations').where({ id }).first()).status === 'routed', {
      what: 'the escalation routed',
    });
    const polled = await request(engine.app).get(`/v1/analyses/${done.id}`).set('Authorization', auth).expect(200);
    expect(polled.body.result.risk.escalation).to.deep.equal({ id, status: 'routed' });
    const clinician = await accountWithRole(engine.app, engine.t.db, 'clinician', 'routed-clinician@example.org');
    const listed = await request(engine.app).get('/v1/escalations?status=routed').set('Authorization', clinician.auth);
    expect(listed.body.data.map((e: { id: string }) => e.id)).to.include(id);
  });

  it('neither re-sends an unacknowledged critical escalation nor counts it as re-sent', async () => {
    const { auth } = await registerUser(engine.app);
    const done = await analyse(engine, auth, { fields: { transcript: 'nilijaribu kujiua jana usiku' } });
    const id = done.result.risk.escalation.id as string;
    // Well past ESCALATION_ACK_MINUTES (1.2 s) and several checks of a timer that would run every 300 ms.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await engine.t.db('escalations').where({ id }).first()).to.include({ status: 'routed', resend_count: 0 });
    const events = engine.t.db('outbox').where({ kind: 'escalation' }).whereRaw("payload->>'escalation_id' = ?", [id]);
    expect(await events).to.have.length(1);
  });
});

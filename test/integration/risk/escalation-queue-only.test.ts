import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse } from '../transcription/engine-helpers.js';

// Escalations without ESCALATION_WEBHOOK_URL: they wait in the clinicians' queue, and nothing claims to re-send them.

describe('escalations without a webhook URL', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage], {
      ESCALATION_ACK_MINUTES: '0.02',
    });
  });
  after(() => engine.stop());

  it('leaves an unacknowledged critical escalation created, neither re-sent nor counted as re-sent', async () => {
    const { auth } = await registerUser(engine.app);
    const done = await analyse(engine, auth, { fields: { transcript: 'nilijaribu kujiua jana usiku' } });
    const id = done.result.risk.escalation.id as string;
    // Well past ESCALATION_ACK_MINUTES (1.2 s) and several checks of a timer that would run every 300 ms.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await engine.t.db('escalations').where({ id }).first()).to.include({ status: 'created', resend_count: 0 });
    expect(await engine.t.db('outbox').where({ kind: 'escalation' })).to.have.length.at.most(1);
  });
});

import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { replyStage } from '../../../processors/reply/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { resona } from '../../setup/cli.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { waitUntil } from '../../setup/wait.js';
import { analyse } from '../transcription/engine-helpers.js';

// REPLY.md says "among the rest the analysis id picks, so a re-run gives the same reply". recentTemplates()
// (lib/conversation/turns.ts) once counted the person's replies made after it too, so re-running an older
// analysis's reply stage avoided templates its first run could not have avoided.

describe('a re-run of the reply stage gives the same reply', function () {
  this.timeout(180_000);
  let engine: Engine;
  let auth: string;
  let userId: string;
  before(async () => {
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage, replyStage]);
    ({ auth, id: userId } = await registerUser(engine.app));
  });
  after(() => engine.stop());

  it('keeps an earlier analysis’s reply text when `resona reprocess --stage reply` runs it again later', async () => {
    const ids: string[] = [];
    // Five sad check-ins (en "low" has four templates): after them every template is among the later replies.
    for (let i = 0; i < 5; i++) {
      const done = await analyse(engine, auth, { fields: { transcript: 'I am feeling very sad and down today' } });
      expect(done.status, JSON.stringify(done.error ?? done.stages)).to.equal('completed');
      expect(done.result.reply.kind).to.equal('empathetic');
      ids.push(done.id);
    }
    const first = await engine.t.db('replies').where({ analysis_id: ids[0] }).first();
    const second = await engine.t.db('analyses').where({ id: ids[1] }).first();
    // Only the first analysis (created before the second) is reprocessed.
    const run = await resona(
      ['reprocess', '--stage', 'reply', '--user', userId, '--until', (second.created_at as Date).toISOString()],
      engine.env,
    );
    expect(run.code, run.stderr).to.equal(0);
    await waitUntil(
      async () => {
        const a = await engine.t.db('analyses').where({ id: ids[0] }).first();
        return a.reprocess_generation === 1 && a.status === 'completed';
      },
      { timeoutMs: 60_000 },
    );
    const again = await engine.t.db('replies').where({ analysis_id: ids[0] });
    expect(again).to.have.length(1);
    expect(again[0].template_id, 'template of the re-run').to.equal(first.template_id);
    expect(again[0].text).to.equal(first.text);
  });
});

import { expect } from 'chai';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import { sessionsBefore } from '../../../lib/baseline/store.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { baselineStage } from '../../../processors/baseline/stage.js';
import type { StageContext } from '../../../processors/stage.js';
import { loadConfig } from '../../../lib/config.js';
import { TEST_ENV } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { voiceWith } from '../../setup/baseline-sessions.js';
import { UserRepository } from '../../../lib/repositories/user.repository.js';
import type { ResultWrite } from '../../../lib/results/index.js';

// Without the pipeline: the baseline stage's own stored row for an analysis sent without recorded_at must not come back
// from sessionsBefore for that same analysis (its submission time has microseconds, the stored copy milliseconds).

describe('sessionsBefore and an analysis without recorded_at', function () {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('never returns the analysis itself among the sessions recorded before it', async () => {
    const user = await new UserRepository(t.db).create({ email: 'self@example.org', passwordHash: 'x', role: 'user' });
    const { analysis } = await t.db.transaction((trx) =>
      new AnalysisStore(t.db).create(trx, { userId: user.id, language: 'auto', stages: [] }),
    );
    const keys = {
      analysis_id: analysis.id,
      user_id: user.id,
      conversation_id: analysis.conversation_id,
      generation: 0,
    };
    const results = new ResultStore(t.db);
    await t.db.transaction((trx) => results.write(trx, keys, [{ name: 'acoustics', value: voiceWith() }]));
    // The stage exactly as it runs (processors/baseline/stage.ts), with its inputs from the database.
    const config = loadConfig({ ...TEST_ENV, DATABASE_URL: t.url });
    const outputs: ResultWrite[] = [];
    const ctx = {
      config,
      analysis: async () => (await t.db('analyses').where({ id: analysis.id }).first()) as never,
      results: {
        read: (name: 'acoustics') => results.read(analysis.id, name),
        write: (name: string, value: unknown) => outputs.push({ name, value } as ResultWrite),
      },
      history: () => sessionsBefore(t.db, user.id, analysis.id, 20),
    } as unknown as StageContext;
    await baselineStage.run(ctx);
    await t.db.transaction((trx) => results.write(trx, keys, outputs));
    const stored = await t.db('session_deviations').where({ analysis_id: analysis.id }).first('recorded_at');
    const created = await t.db.raw('SELECT created_at::text AS c FROM analyses WHERE id = ?', [analysis.id]);
    const before = await sessionsBefore(t.db, user.id, analysis.id, 20);
    expect(
      before.map((s) => s.analysis_id),
      `stored recorded_at ${stored.recorded_at.toISOString()} vs analyses.created_at ${created.rows[0].c}`,
    ).to.not.include(analysis.id);
  });
});

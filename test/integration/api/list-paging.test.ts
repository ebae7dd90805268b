import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { RiskResult } from '../../../lib/results/index.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { accountWithRole } from '../../setup/staff.js';

// Keyset paging of the three lists when rows share a millisecond: PostgreSQL keeps microseconds, and a cursor that
// kept only milliseconds dropped every row created later in the same millisecond as a page's last row.

const high: RiskResult = {
  level: 'high',
  score: 0.7,
  tier: 'active',
  reason: null,
  factors: [{ layer: 'language', code: 'ideation_active', weight: 0.7 }],
};
const TIMES = ['2026-12-01T10:00:00.123100Z', '2026-12-01T10:00:00.123400Z', '2026-12-01T10:00:00.123700Z'];

describe('paging the analyses, escalations and risk assessments lists', () => {
  let t: TestDatabase;
  let app: Express;
  let clinician: string;
  let person: { id: string; auth: string };
  const analyses: string[] = [];
  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
    clinician = (await accountWithRole(app, t.db, 'clinician', 'c-page@example.org')).auth;
    person = await accountWithRole(app, t.db, 'user', 'p-page@example.org');
    for (const at of TIMES) {
      const { analysis } = await t.db.transaction((trx) =>
        new AnalysisStore(t.db).create(trx, { userId: person.id, language: 'auto', stages: [] }),
      );
      const keys = { analysis_id: analysis.id, user_id: person.id, conversation_id: analysis.conversation_id };
      await t.db.transaction((trx) => new ResultStore(t.db).write(trx, keys, [{ name: 'risk', value: high }]));
      // Three rows of each table within one millisecond, as any busy minute has.
      await t.db('analyses').where({ id: analysis.id }).update({ created_at: at });
      await t.db('escalations').where({ analysis_id: analysis.id }).update({ created_at: at });
      await t.db('risk_assessments').where({ analysis_id: analysis.id }).update({ assessed_at: at });
      analyses.push(analysis.id);
    }
  });
  after(() => t.drop());

  /** Every id of a list, one per page. */
  const pages = async (path: string, auth: string, id: (row: Record<string, string>) => string) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(app)
        .get(`${path}?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .set('Authorization', auth)
        .expect(200);
      seen.push(...res.body.data.map(id));
      expect(JSON.stringify(res.body)).to.not.include('cursor_ts');
      cursor = res.body.next_cursor;
    } while (cursor);
    return seen;
  };

  it('lists every escalation once, newest first, over pages of one', async () => {
    const seen = await pages('/v1/escalations', clinician, (e) => e.analysis_id!);
    expect(seen).to.deep.equal([...analyses].reverse());
  });

  it('lists every risk assessment once, newest first, over pages of one', async () => {
    const seen = await pages('/v1/risk-assessments', clinician, (r) => r.analysis_id!);
    expect(seen).to.deep.equal([...analyses].reverse());
  });

  it('lists every analysis of the person once, newest first, over pages of one', async () => {
    const seen = await pages('/v1/analyses', person.auth, (a) => a.id!);
    expect(seen).to.deep.equal([...analyses].reverse());
  });
});

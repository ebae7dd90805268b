import { expect } from 'chai';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import { CheckpointStore } from '../../../lib/results/checkpoints.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

const MASTER = Buffer.alloc(32, 7);

describe('CheckpointStore on PostgreSQL', () => {
  let t: TestDatabase;
  let store: CheckpointStore;
  let userId: string;
  let analysisId: string;
  before(async () => {
    t = await createTestDatabase();
    store = new CheckpointStore(t.db, MASTER);
    [{ id: userId }] = await t.db('users').insert({ email: 'cp@example.org', role: 'user' }).returning('id');
    analysisId = await t.db.transaction(
      async (trx) =>
        (await new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: ['transcription'] })).analysis
          .id,
    );
  });
  after(() => t.drop());
  const ref = (generation = 0) => ({ id: analysisId, stage: 'transcription', generation });

  it('keeps a checkpoint encrypted at rest and gives it back to the same stage run', async () => {
    await store.save(ref(), userId, Buffer.from('pieces of niko sawa'));
    const row = await t.db('stage_checkpoints').where({ analysis_id: analysisId }).first();
    expect(row.ciphertext.toString()).to.not.include('niko sawa');
    expect((await store.load(ref()))?.toString()).to.equal('pieces of niko sawa');
  });

  it('gives a new generation nothing of an older one', async () => {
    await store.save(ref(0), userId, Buffer.from('gen 0'));
    expect(await store.load(ref(1))).to.equal(undefined);
  });

  it('drops a checkpoint that was altered instead of trusting it', async () => {
    await store.save(ref(), userId, Buffer.from('original'));
    await t
      .db('stage_checkpoints')
      .where({ analysis_id: analysisId })
      .update({ ciphertext: t.db.raw('set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1)') });
    expect(await store.load(ref())).to.equal(undefined);
    expect(await t.db('stage_checkpoints').where({ analysis_id: analysisId })).to.have.length(0);
  });

  it('goes with its analysis', async () => {
    await store.save(ref(), userId, Buffer.from('x'));
    await t.db('analyses').where({ id: analysisId }).delete();
    expect(await t.db('stage_checkpoints')).to.have.length(0);
  });
});

import type { Knex } from 'knex';

// Tables of the processing engine. Every stage result is keyed by analysis_id (unique), so a re-run replaces.

const ts = (t: Knex.CreateTableBuilder, knex: Knex, ...names: string[]): void => {
  for (const name of names) t.timestamp(name, { useTz: true }).notNullable().defaultTo(knex.fn.now());
};
const userRef = (t: Knex.CreateTableBuilder): void => {
  t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
};
const analysisRef = (t: Knex.CreateTableBuilder): void => {
  t.uuid('analysis_id').notNullable().unique().references('analyses.id').onDelete('CASCADE');
};

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('analyses', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    userRef(t);
    t.uuid('conversation_id').notNullable().references('conversations.id').onDelete('CASCADE').index();
    t.string('status', 16).notNullable().defaultTo('queued');
    t.jsonb('stages').notNullable().defaultTo('{}');
    t.string('language', 8).notNullable().defaultTo('auto');
    t.string('idempotency_key', 255);
    t.text('callback_url');
    t.text('client_transcript');
    t.timestamp('recorded_at', { useTz: true });
    t.jsonb('error');
    ts(t, knex, 'created_at', 'updated_at');
    t.timestamp('started_at', { useTz: true });
    t.timestamp('completed_at', { useTz: true });
    t.check("status IN ('queued', 'processing', 'completed', 'failed', 'canceled')", [], 'ck_analyses_status');
    t.check("language IN ('auto', 'en', 'sw')", [], 'ck_analyses_language');
    t.unique(['user_id', 'idempotency_key'], { indexName: 'uq_analyses_user_idempotency_key' });
    t.index(['user_id', 'created_at', 'id'], 'idx_analyses_user_created');
    t.index(['status', 'created_at'], 'idx_analyses_status_created');
  });

  // Deferred checks let an upload stream its chunks before the analysis and recording rows exist (same transaction).
  await knex.schema.createTable('recordings', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('analysis_id').notNullable().unique().references('analyses.id').onDelete('CASCADE').deferrable('deferred');
    userRef(t);
    t.string('container', 16).notNullable();
    t.string('declared_mime_type', 255);
    t.bigInteger('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.double('duration_s');
    t.integer('sample_rate_hz');
    t.integer('channels');
    t.string('codec', 64);
    t.binary('iv');
    t.binary('auth_tag');
    ts(t, knex, 'created_at');
    t.timestamp('erased_at', { useTz: true });
  });

  // Per-user data keys, wrapped (AES-256-GCM) by the master AUDIO_ENCRYPTION_KEY.
  await knex.schema.createTable('user_data_keys', (t) => {
    t.uuid('user_id').primary().references('users.id').onDelete('CASCADE');
    t.binary('wrapped_key').notNullable();
    t.binary('iv').notNullable();
    t.binary('auth_tag').notNullable();
    t.string('master_key_id', 16).notNullable();
    ts(t, knex, 'created_at');
  });

  // Ciphertext in numbered chunks, so an upload streams into the database without being held whole in memory.
  await knex.schema.createTable('recording_blobs', (t) => {
    t.uuid('recording_id').notNullable().references('recordings.id').onDelete('CASCADE').deferrable('deferred');
    t.integer('seq').notNullable();
    userRef(t);
    t.binary('ciphertext').notNullable();
    t.primary(['recording_id', 'seq']);
  });

  await knex.schema.createTable('transcriptions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    analysisRef(t);
    userRef(t);
    t.string('status', 16).notNullable();
    t.string('provider', 32).notNullable();
    t.string('language', 8);
    t.text('text');
    t.jsonb('segments');
    t.text('reason');
    ts(t, knex, 'created_at', 'updated_at');
    t.check("status IN ('completed', 'skipped')", [], 'ck_transcriptions_status');
  });

  await knex.schema.createTable('acoustic_features', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    analysisRef(t);
    userRef(t);
    t.jsonb('features').notNullable();
    t.boolean('quality_ok').notNullable();
    ts(t, knex, 'created_at', 'updated_at');
  });

  await knex.schema.createTable('emotion_scores', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    analysisRef(t);
    userRef(t);
    t.jsonb('voice');
    t.jsonb('text');
    t.double('dissonance');
    t.jsonb('details');
    ts(t, knex, 'created_at', 'updated_at');
  });

  await knex.schema.createTable('escalations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    analysisRef(t);
    userRef(t);
    t.uuid('risk_assessment_id').references('risk_assessments.id').onDelete('SET NULL');
    t.string('risk_level', 20).notNullable();
    t.string('status', 16).notNullable().defaultTo('created');
    t.uuid('acknowledged_by').references('users.id').onDelete('SET NULL');
    t.timestamp('acknowledged_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.text('failure_reason');
    ts(t, knex, 'created_at', 'updated_at');
    t.check("status IN ('created', 'routed', 'acknowledged', 'closed', 'failed')", [], 'ck_escalations_status');
    t.check("risk_level IN ('high', 'critical')", [], 'ck_escalations_level');
    t.index(['status', 'created_at'], 'idx_escalations_status_created');
  });

  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('analysis_id').references('analyses.id').onDelete('CASCADE').index();
    t.uuid('escalation_id').references('escalations.id').onDelete('CASCADE').index();
    t.string('event', 64).notNullable();
    t.text('url').notNullable();
    t.integer('attempt').notNullable();
    t.integer('status_code');
    t.boolean('succeeded').notNullable();
    t.text('error');
    t.integer('duration_ms');
    ts(t, knex, 'created_at');
  });

  await knex.schema.createTable('outbox', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('kind', 32).notNullable();
    t.jsonb('payload').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    ts(t, knex, 'created_at', 'available_at');
    t.timestamp('published_at', { useTz: true });
  });
  // The relay scans only unpublished rows: its cost follows the backlog, not the history.
  await knex.raw('CREATE INDEX idx_outbox_pending ON outbox (available_at) WHERE published_at IS NULL');

  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.uuid('actor_id').references('users.id').onDelete('SET NULL').index();
    t.string('action', 64).notNullable();
    t.string('resource_type', 64);
    t.string('resource_id', 255);
    t.jsonb('details');
    t.string('ip', 64);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).index();
  });

  // Shared counters for login throttling: every API process sees the same numbers.
  await knex.schema.createTable('rate_limits', (t) => {
    t.string('key', 320).primary();
    t.integer('points').notNullable();
    t.timestamp('reset_at', { useTz: true }).notNullable().index();
  });

  for (const table of ['session_deviations', 'risk_assessments']) {
    await knex.schema.alterTable(table, (t) => {
      t.uuid('analysis_id').references('analyses.id').onDelete('CASCADE');
    });
  }
  await knex.raw(
    'ALTER TABLE session_deviations ADD CONSTRAINT uq_session_deviations_analysis_type UNIQUE (analysis_id, deviation_type)',
  );
  await knex.raw('ALTER TABLE risk_assessments ADD CONSTRAINT uq_risk_assessments_analysis UNIQUE (analysis_id)');
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['session_deviations', 'risk_assessments']) {
    await knex.schema.alterTable(table, (t) => {
      t.dropColumn('analysis_id');
    });
  }
  for (const table of [
    'rate_limits',
    'audit_log',
    'outbox',
    'webhook_deliveries',
    'escalations',
    'emotion_scores',
    'acoustic_features',
    'transcriptions',
    'recording_blobs',
    'user_data_keys',
    'recordings',
    'analyses',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}

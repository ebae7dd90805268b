import type { Knex } from 'knex';

// Tables the upstream ResonaAI platform defines: names, columns, checks, cascades and indexes kept.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('email', 255).unique();
    t.text('password_hash');
    t.string('role', 50).notNullable().defaultTo('user');
    t.string('consent_version', 32);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("role IN ('user', 'clinician', 'operator', 'admin')", [], 'ck_users_role');
  });
  // Emails are stored lower-cased; the functional index also guards rows written by other tools.
  await knex.raw('CREATE UNIQUE INDEX users_email_lower_unique ON users (lower(email))');

  await knex.schema.createTable('conversations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).index();
    t.timestamp('ended_at', { useTz: true });
  });

  await knex.schema.createTable('user_baselines', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.string('baseline_type', 50).notNullable().index();
    t.jsonb('baseline_value').notNullable();
    t.integer('session_count').notNullable().defaultTo(0);
    t.timestamp('established_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['user_id', 'baseline_type'], { indexName: 'uq_user_baselines_user_type' });
  });

  await knex.schema.createTable('session_deviations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.uuid('session_id').notNullable().references('conversations.id').onDelete('CASCADE').index();
    t.string('deviation_type', 50).notNullable();
    t.jsonb('baseline_value');
    t.jsonb('current_value');
    t.double('deviation_score').notNullable().index();
    t.timestamp('detected_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('user_interfaces', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.jsonb('interface_config').notNullable();
    t.timestamp('generated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('version').notNullable().defaultTo(1);
    t.boolean('active').notNullable().defaultTo(true).index();
  });

  await knex.schema.createTable('risk_assessments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.uuid('session_id').notNullable().references('conversations.id').onDelete('CASCADE');
    t.double('risk_score').notNullable().index();
    t.string('risk_level', 20).notNullable().index();
    t.jsonb('risk_factors');
    t.double('dissonance_contribution');
    t.double('baseline_deviation_contribution');
    t.double('pattern_contribution');
    t.timestamp('assessed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.string('action_taken', 100);
    t.check("risk_level IN ('low', 'medium', 'high', 'critical')", [], 'ck_risk_assessments_level');
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'risk_assessments',
    'user_interfaces',
    'session_deviations',
    'user_baselines',
    'conversations',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}

import type { Knex } from 'knex';

// The baseline stage's window: which analyses count towards a person's voice baseline, placed by when they were
// recorded (late uploads fall into their place), read newest first by one index.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('session_deviations', (t) => {
    t.timestamp('recorded_at', { useTz: true });
    t.boolean('counted').notNullable().defaultTo(false);
  });
  await knex.raw(
    `UPDATE session_deviations d SET recorded_at = COALESCE(a.recorded_at, a.created_at)
       FROM analyses a WHERE a.id = d.analysis_id`,
  );
  await knex.raw(
    `CREATE INDEX session_deviations_window ON session_deviations
       (user_id, deviation_type, recorded_at DESC, analysis_id DESC) WHERE counted`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS session_deviations_window');
  await knex.schema.alterTable('session_deviations', (t) => {
    t.dropColumn('counted');
    t.dropColumn('recorded_at');
  });
}

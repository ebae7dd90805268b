import type { Knex } from 'knex';

// What a stage measured before a provider said "slow down", encrypted like the audio it may contain, so a deferred
// attempt does not decrypt, decode and measure the recording again.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('stage_checkpoints', (t) => {
    t.uuid('analysis_id').notNullable().references('analyses.id').onDelete('CASCADE');
    t.string('stage', 32).notNullable();
    t.integer('generation').notNullable();
    t.uuid('user_id').notNullable();
    t.binary('iv').notNullable();
    t.binary('auth_tag').notNullable();
    t.binary('ciphertext').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['analysis_id', 'stage']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('stage_checkpoints');
}

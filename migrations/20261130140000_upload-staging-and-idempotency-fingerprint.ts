import type { Knex } from 'knex';

// Uploads stream into upload_chunks, each chunk its own short INSERT, and move to recording_blobs in the short
// transaction that creates the analysis; an abandoned upload's rows are deleted, a crashed one's swept by age.
// An idempotent submission keeps the fingerprint of its body, so a replay with another body is refused.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('upload_chunks', (t) => {
    t.uuid('upload_id').notNullable();
    t.integer('seq').notNullable();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.binary('ciphertext').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).index();
    t.primary(['upload_id', 'seq']);
  });
  await knex.schema.alterTable('analyses', (t) => {
    t.string('idempotency_fingerprint', 64);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('analyses', (t) => {
    t.dropColumn('idempotency_fingerprint');
  });
  await knex.schema.dropTableIfExists('upload_chunks');
}

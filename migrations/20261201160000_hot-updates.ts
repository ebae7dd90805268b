import type { Knex } from 'knex';

// An analysis row is updated once per stage and an outbox row once when published: room left in each page lets
// PostgreSQL update them in place (HOT, no index entries written) when no indexed column changes.

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE analyses SET (fillfactor = 70)');
  await knex.raw('ALTER TABLE outbox SET (fillfactor = 80)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE analyses RESET (fillfactor)');
  await knex.raw('ALTER TABLE outbox RESET (fillfactor)');
}

import type { Knex } from 'knex';

// Outbox rows the queue backend keeps refusing while reachable are dead-lettered instead of retried forever.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox', (t) => {
    t.integer('rejections').notNullable().defaultTo(0);
    t.timestamp('dead_at', { useTz: true });
  });
  await knex.raw('DROP INDEX idx_outbox_pending');
  await knex.raw(
    'CREATE INDEX idx_outbox_pending ON outbox (available_at) WHERE published_at IS NULL AND dead_at IS NULL',
  );
  await knex.raw('CREATE INDEX idx_outbox_dead ON outbox (dead_at) WHERE dead_at IS NOT NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX idx_outbox_dead');
  await knex.raw('DROP INDEX idx_outbox_pending');
  await knex.raw('CREATE INDEX idx_outbox_pending ON outbox (available_at) WHERE published_at IS NULL');
  await knex.schema.alterTable('outbox', (t) => {
    t.dropColumn('dead_at');
    t.dropColumn('rejections');
  });
}

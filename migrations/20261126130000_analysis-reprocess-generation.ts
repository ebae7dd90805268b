import type { Knex } from 'knex';

// Reprocessing runs an analysis again under fresh stage job ids: generation N's jobs are `<id>-rN-<stage>`.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('analyses', (t) => {
    t.integer('reprocess_generation').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('analyses', (t) => {
    t.dropColumn('reprocess_generation');
  });
}

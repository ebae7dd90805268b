import type { Knex } from 'knex';

// Who closed an escalation and the clinician's note (POST /v1/escalations/:id/close).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('escalations', (t) => {
    t.uuid('closed_by').references('users.id').onDelete('SET NULL');
    t.text('close_note');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('escalations', (t) => {
    t.dropColumn('close_note');
    t.dropColumn('closed_by');
  });
}

import type { Knex } from 'knex';

// When an escalation was last sent to ESCALATION_WEBHOOK_URL and how often it was sent again for want of an
// acknowledgement; escalation webhook deliveries are logged without an analysis.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('escalations', (t) => {
    t.integer('resend_count').notNullable().defaultTo(0);
    t.timestamp('last_sent_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('escalations', (t) => {
    t.dropColumn('last_sent_at');
    t.dropColumn('resend_count');
  });
}

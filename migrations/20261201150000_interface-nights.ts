import type { Knex } from 'knex';

// The nightly personalisation (issue 12, part 4): each user_interfaces row written by a night's run names that night
// and the time zone whose 03:00 ran it; one row per person per night, at most one active row per person; a
// person's own time zone decides which run they belong to (none: the first configured zone's).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('user_interfaces', (t) => {
    t.date('night');
    t.string('time_zone', 64);
    // A rerun of the same night (CLI and scheduler at once included) inserts nothing: ON CONFLICT on this.
    t.unique(['user_id', 'night'], { indexName: 'uq_user_interfaces_user_night' });
  });
  // Rows from before this migration may hold several active rows per person: the newest stays active.
  await knex.raw(`
    UPDATE user_interfaces ui SET active = false
     WHERE ui.active AND EXISTS (
       SELECT 1 FROM user_interfaces n
        WHERE n.user_id = ui.user_id AND n.active
          AND (n.version, n.generated_at, n.id) > (ui.version, ui.generated_at, ui.id))`);
  // The safety net under "exactly one active row per person", whatever writes it.
  await knex.raw('CREATE UNIQUE INDEX uq_user_interfaces_one_active ON user_interfaces (user_id) WHERE active');
  await knex.schema.alterTable('users', (t) => {
    t.string('time_zone', 64);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('time_zone');
  });
  await knex.raw('DROP INDEX IF EXISTS uq_user_interfaces_one_active');
  await knex.schema.alterTable('user_interfaces', (t) => {
    t.dropUnique(['user_id', 'night'], 'uq_user_interfaces_user_night');
    t.dropColumn('time_zone');
    t.dropColumn('night');
  });
}

import type { Knex } from 'knex';

// A result row belongs to its analysis and so to that analysis's person. One foreign key on (analysis_id, user_id)
// says both, which the two keys it replaces did not (a row could name another person's id), and it is checked
// against the analyses row that the completing statement has already locked. The key to users took a share lock
// on the person's row for every result written, contended by all of that person's analyses at once.

/** Engine result tables (DESIGN §3: columns ours); the upstream tables keep their keys to users. */
const TABLES = ['transcriptions', 'acoustic_features', 'emotion_scores', 'replies', 'conversation_turns'] as const;
/** Indexes on user_id that nothing looks up by (replies keeps its own: a person's recent templates). */
const UNUSED_USER_INDEXES = ['transcriptions', 'acoustic_features', 'emotion_scores'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('analyses', (t) => {
    t.unique(['id', 'user_id'], { indexName: 'uq_analyses_id_user' });
    // (user_id, created_at, id) leads with user_id and serves every lookup this one did.
    t.dropIndex(['user_id'], 'analyses_user_id_index');
  });
  for (const table of TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.dropForeign(['analysis_id'], `${table}_analysis_id_foreign`);
      t.dropForeign(['user_id'], `${table}_user_id_foreign`);
      t.foreign(['analysis_id', 'user_id'], `fk_${table}_analysis_owner`)
        .references(['id', 'user_id'])
        .inTable('analyses')
        .onDelete('CASCADE');
    });
  }
  for (const table of UNUSED_USER_INDEXES) {
    await knex.schema.alterTable(table, (t) => t.dropIndex(['user_id'], `${table}_user_id_index`));
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of UNUSED_USER_INDEXES) {
    await knex.schema.alterTable(table, (t) => t.index(['user_id'], `${table}_user_id_index`));
  }
  for (const table of TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.dropForeign(['analysis_id', 'user_id'], `fk_${table}_analysis_owner`);
      t.foreign('analysis_id', `${table}_analysis_id_foreign`).references('analyses.id').onDelete('CASCADE');
      t.foreign('user_id', `${table}_user_id_foreign`).references('users.id').onDelete('CASCADE');
    });
  }
  await knex.schema.alterTable('analyses', (t) => {
    t.index(['user_id'], 'analyses_user_id_index');
    t.dropUnique(['id', 'user_id'], 'uq_analyses_id_user');
  });
}

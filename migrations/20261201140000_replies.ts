import type { Knex } from 'knex';

// The reply stage (DESIGN §11): one reply per analysis with its moderation record, and the conversation's turns
// that later replies are aware of, encrypted with the person's data key like the audio.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('replies', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('analysis_id').notNullable().unique().references('analyses.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE').index();
    t.text('text').notNullable();
    t.string('language', 8).notNullable();
    t.string('kind', 16).notNullable();
    t.string('provider', 16).notNullable();
    t.boolean('moderated').notNullable();
    // The template used (also for variety: a person's recent templates are not repeated); null for a model reply.
    t.string('template_id', 64);
    // What safety moderation flagged (rule and category, never the flagged text) and why a template was used.
    t.jsonb('moderation').notNullable().defaultTo('{}');
    t.text('reason');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("kind IN ('supportive', 'empathetic', 'crisis')", [], 'ck_replies_kind');
    t.check("provider IN ('openai', 'template')", [], 'ck_replies_provider');
  });
  await knex.schema.createTable('conversation_turns', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('analysis_id').notNullable().unique().references('analyses.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.uuid('conversation_id').notNullable().references('conversations.id').onDelete('CASCADE');
    t.timestamp('turn_at', { useTz: true }).notNullable();
    // AES-256-GCM under the person's data key (lib/audio/keys.ts), the analysis id as associated data.
    t.binary('iv').notNullable();
    t.binary('auth_tag').notNullable();
    t.binary('ciphertext').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['conversation_id', 'turn_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('conversation_turns');
  await knex.schema.dropTableIfExists('replies');
}

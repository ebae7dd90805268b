import type { Knex } from '../db.js';
import { isCatchAll, type ZoneScope } from './night.js';
import {
  interfaceConfigSchema,
  type InterfaceConfig,
  type PersonInputs,
  type RiskLevel,
  type Trajectory,
} from './rules.js';

// user_interfaces for the nightly personalisation: one statement reads a page of people with everything the rules
// need, three statements in one transaction write a batch. No statement per person.

const DAY_MS = 86_400_000;
const RISK_LEVELS: RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export interface PageQuery extends ZoneScope {
  night: string;
  /** The run's instant: "active" is a completed check-in in the day before it, "recent" the 30 days before it. */
  asOf: Date;
  /** Keyset cursor: people with a larger id than this. */
  after: string | null;
  limit: number;
  userId?: string;
}

export interface PersonRow extends PersonInputs {
  userId: string;
  /** This night already wrote the person's row (an earlier or concurrent run). */
  hasNight: boolean;
  lastVersion: number;
}

/** The next page (by user id) of people of the zone active in the day before `asOf`, with their recent results. */
export async function readPage(db: Knex, q: PageQuery): Promise<PersonRow[]> {
  const at = q.asOf.getTime();
  const day = new Date(at - DAY_MS);
  const week = new Date(at - 7 * DAY_MS);
  const month = new Date(at - 30 * DAY_MS);
  const zone = isCatchAll(q)
    ? 'AND (u.time_zone = :zone OR u.time_zone IS NULL OR NOT (u.time_zone = ANY(:zones)))'
    : 'AND u.time_zone = :zone';
  const { rows } = await db.raw(
    // LATERAL probes keep every lookup an index probe per person of the page, so a page costs the same at any size.
    `WITH page AS (
       SELECT u.id, h.last_version, h.has_night FROM users u
        CROSS JOIN LATERAL (SELECT 1 FROM analyses a WHERE a.user_id = u.id AND a.created_at > :day
                               AND a.created_at <= :asOf AND a.status = 'completed' LIMIT 1) act
        CROSS JOIN LATERAL (SELECT coalesce(max(v.version), 0) AS last_version,
                                   coalesce(bool_or(v.night = :night::date), false) AS has_night
                              FROM user_interfaces v WHERE v.user_id = u.id) h
        WHERE (:after::uuid IS NULL OR u.id > :after::uuid) ${zone}
          AND (:user::uuid IS NULL OR u.id = :user::uuid)
        ORDER BY u.id LIMIT :limit)
     SELECT p.id AS user_id, p.last_version, p.has_night,
            count(a.id)::int AS sessions,
            max(array_position(:levels::text[], r.risk_level::text)) FILTER (WHERE a.created_at > :week) AS max_risk,
            array_remove(array_agg(e.voice->>'label') FILTER (WHERE a.created_at > :week), NULL)
              || array_remove(array_agg(e.text->>'label') FILTER (WHERE a.created_at > :week), NULL) AS labels,
            array_remove(array_agg(e.details->'dissonance'->>'level') FILTER (WHERE a.created_at > :week), NULL)
              AS dissonance,
            array_remove(array_agg(e.text->>'language'), NULL) AS languages,
            (array_agg(d.current_value->'trajectory'->>'direction' ORDER BY d.recorded_at DESC NULLS LAST)
               FILTER (WHERE d.current_value->'trajectory'->>'direction' IS NOT NULL))[1] AS trajectory
       FROM page p
       JOIN analyses a ON a.user_id = p.id AND a.status = 'completed' AND a.created_at > :month AND a.created_at <= :asOf
       LEFT JOIN risk_assessments r ON r.analysis_id = a.id
       LEFT JOIN emotion_scores e ON e.analysis_id = a.id
       LEFT JOIN session_deviations d ON d.analysis_id = a.id AND d.deviation_type = 'voice'
      GROUP BY p.id, p.last_version, p.has_night ORDER BY p.id`,
    {
      after: q.after,
      zone: q.timeZone,
      zones: [...q.zones],
      user: q.userId ?? null,
      day,
      week,
      month,
      asOf: q.asOf,
      limit: q.limit,
      levels: RISK_LEVELS,
      night: q.night,
    },
  );
  return (rows as Array<Record<string, unknown>>).map((r) => ({
    userId: r.user_id as string,
    sessions: r.sessions as number,
    maxRisk: r.max_risk ? RISK_LEVELS[(r.max_risk as number) - 1]! : null,
    labels: r.labels as string[],
    dissonance: r.dissonance as string[],
    languages: r.languages as string[],
    trajectory: (r.trajectory as Trajectory | null) ?? null,
    hasNight: r.has_night as boolean,
    lastVersion: r.last_version as number,
  }));
}

export interface NightRow {
  userId: string;
  config: InterfaceConfig;
}

/**
 * Writes a batch's rows for `night` in one transaction: the people's previous active rows go inactive unless this
 * night already has their row, then one row each (version = previous max + 1) unless the night has one. The people
 * are locked first, so concurrent runs (the CLI and the scheduler, or two nights) serialise per person and leave
 * exactly one active row. Returns how many rows were written.
 */
export async function writeBatch(db: Knex, night: string, timeZone: string, rows: NightRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.userId);
  return db.transaction(async (trx) => {
    // After this wait every statement below sees what a concurrent run committed for these people.
    await trx.raw('SELECT id FROM users WHERE id = ANY(?::uuid[]) ORDER BY id FOR NO KEY UPDATE', [ids]);
    await trx.raw(
      `UPDATE user_interfaces ui SET active = false
        WHERE ui.user_id = ANY(?::uuid[]) AND ui.active
          AND NOT EXISTS (SELECT 1 FROM user_interfaces n WHERE n.user_id = ui.user_id AND n.night = ?::date)`,
      [ids, night],
    );
    const { rows: written } = await trx.raw(
      `INSERT INTO user_interfaces (user_id, interface_config, version, active, night, time_zone, generated_at)
       SELECT v.user_id, v.config,
              coalesce((SELECT max(ui.version) FROM user_interfaces ui WHERE ui.user_id = v.user_id), 0) + 1,
              true, ?::date, ?, now()
         FROM jsonb_to_recordset(?::jsonb) AS v(user_id uuid, config jsonb)
       ON CONFLICT (user_id, night) DO NOTHING
       RETURNING user_id`,
      [night, timeZone, JSON.stringify(rows.map((r) => ({ user_id: r.userId, config: r.config })))],
    );
    return (written as unknown[]).length;
  });
}

export interface ActiveInterface {
  version: number;
  night: string | null;
  time_zone: string | null;
  generated_at: string;
  config: InterfaceConfig;
}

/** The person's active interface, or null when no night has written one. */
export async function activeInterface(db: Knex, userId: string): Promise<ActiveInterface | null> {
  const row = await db('user_interfaces')
    .where({ user_id: userId, active: true })
    .orderBy('version', 'desc')
    .first('version', db.raw("to_char(night, 'YYYY-MM-DD') AS night"), 'time_zone', 'generated_at', 'interface_config');
  if (!row) return null;
  const parsed = interfaceConfigSchema.safeParse(row.interface_config);
  // A row written by an older rule set (or by the upstream system) that no longer parses: the default stands in.
  if (!parsed.success) return null;
  return {
    version: row.version,
    night: row.night,
    time_zone: row.time_zone,
    generated_at: new Date(row.generated_at).toISOString(),
    config: parsed.data,
  };
}

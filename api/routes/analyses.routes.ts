import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { flowAfter, removeAnalysisJobs, stageAnalysis } from '../../jobs/enqueue.js';
import { hasClientWords } from '../../lib/analyses/sql.js';
import type { OutboxRelay } from '../../jobs/outbox-relay.js';
import { audit } from '../../lib/audit.js';
import type { QueueBackend } from '../../lib/queue-backend.js';
import { isPrivateUrl } from '../../lib/net-guard.js';
import type { StageName } from '../../jobs/queues.js';
import {
  AnalysisReader,
  AnalysisStore,
  ANALYSIS_STATUSES,
  type AnalysisRow,
  type NewAnalysis,
} from '../../lib/analyses/index.js';
import { saveUpload, type StoredUpload } from '../../lib/results/recording.js';
import { discardStagedUpload } from '../../lib/audio/upload-staging.js';
import type { Config } from '../../lib/config.js';
import type { Knex } from '../../lib/db.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import { ResultStore } from '../../lib/results/result-store.js';
import { storableText } from '../../lib/storable.js';
import { currentUser, currentUserId } from '../middleware/authenticate.js';
import { parse } from '../middleware/validate.js';
import { assertSameSubmission, submissionFingerprint } from '../idempotency.js';
import { receiveSubmission } from '../submission.js';
import { presentAnalysis } from './analysis-presenter.js';
import { decodeCursor, pageOf } from '../cursor.js';

/** How far ahead of the server's clock a recording's time may be (a phone's clock running fast). */
const RECORDED_AT_SKEW_MS = 10 * 60_000;
const RECORDED_AT_EARLIEST = Date.parse('2000-01-01T00:00:00Z');

/** The form fields of a submission; api/openapi describes the upload from it. */
export const submitSchema = z.object({
  transcript: storableText().trim().min(1).max(20_000).optional(),
  language: z.enum(['auto', 'en', 'sw']).default('auto'),
  conversation_id: z.uuid().optional(),
  // A phone's clock may run a little fast; a session "recorded" later than that would sort after every real one.
  recorded_at: z.iso
    .datetime({ offset: true })
    .refine((v) => Date.parse(v) <= Date.now() + RECORDED_AT_SKEW_MS, 'must not be in the future')
    .refine((v) => Date.parse(v) >= RECORDED_AT_EARLIEST, 'must not be before 2000')
    .optional(),
  callback_url: z
    .url({ protocol: /^https?$/ })
    .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters')
    .max(2048)
    .optional(),
});

export const listSchema = z.object({
  status: z.enum(ANALYSIS_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

// Any well-formed UUID (as `format: uuid` and PostgreSQL read it): an unknown one is 404, never 400.
export const idSchema = z.object({ id: z.guid() });
export const idempotencyKey = z.string().min(1).max(255).optional();

interface Deps {
  config: Config;
  db: Knex;
  authenticate: RequestHandler;
  /** The token alone: submitting's writes are keyed by the user, so the foreign key refuses a deleted account. */
  authenticateToken: RequestHandler;
  stages: readonly StageName[];
  relay?: OutboxRelay;
  backend?: QueueBackend;
}

export function analysesRoutes({ config, db, authenticate, authenticateToken, stages, relay, backend }: Deps): Router {
  const router = Router();
  const reader = new AnalysisReader(db);
  const analyses = new AnalysisStore(db);
  const results = new ResultStore(db);
  // A submission reads no user row (one round trip less on the busiest route); everything else reads it.
  router.use((req, res, next) =>
    (req.method === 'POST' && req.path === '/' ? authenticateToken : authenticate)(req, res, next),
  );

  router.post('/', async (req, res) => {
    const user = { id: currentUserId(req, res) };
    const key = parse(idempotencyKey, req.get('Idempotency-Key'));
    // A key seen before: the body is read only to compare it with the original, and nothing is staged.
    const replay = key ? await reader.findByIdempotencyKey(user.id, key) : undefined;
    const upload = await receiveSubmission(req, res, {
      db,
      stage: !replay,
      userId: user.id,
      master: config.audio.encryptionKey,
      maxBytes: config.audio.maxBytes,
      bodyTimeoutMs: config.audio.bodyTimeoutMs,
    });
    const staged = upload.audio?.staged;
    // The recording to store: absent without audio, and when the body was only hashed (a replay).
    const audio = upload.audio && staged ? { ...upload.audio, staged } : undefined;
    let result: { analysis: AnalysisRow; created: boolean };
    try {
      const body = parse(submitSchema, upload.fields);
      if (!upload.audio && !body.transcript) throw new ValidationError('Send an audio recording or a transcript.');
      const fingerprint = key ? submissionFingerprint(body, upload.audio?.sha256) : undefined;
      if (replay) {
        assertSameSubmission(replay, fingerprint!);
        res.status(202).json(accepted(replay));
        return;
      }
      if (body.callback_url && !config.webhooks.allowPrivate && isPrivateUrl(body.callback_url)) {
        throw new ValidationError('callback_url must not point to a private, loopback or link-local address.');
      }
      if (body.conversation_id && !(await reader.conversationBelongsTo(user.id, body.conversation_id))) {
        throw new NotFoundError('No such conversation.');
      }
      const fresh = {
        userId: user.id,
        conversationId: body.conversation_id,
        language: body.language,
        callbackUrl: body.callback_url,
        clientTranscript: body.transcript,
        recordedAt: body.recorded_at ? new Date(body.recorded_at) : undefined,
        stages,
      };
      // The body is in: the analysis, its recording (staged chunks moved in) and its outbox row commit in one short
      // transaction before the 202, so nothing accepted is lost. Without audio or a key, one statement does it all.
      if (key) result = await db.transaction((trx) => createWithKey(trx, fresh, key, fingerprint!, audio));
      else if (audio) result = await db.transaction((trx) => createAtOnce(trx, fresh, audio));
      else result = { analysis: await analyses.createAtOnce(db, fresh, flowAfter(db, 'created')), created: true };
    } catch (err) {
      if (staged) await discardStagedUpload(db, staged.recordingId);
      throw err;
    }
    const { analysis, created } = result;
    // A concurrent twin with the same key won: this upload's chunks are not needed.
    if (!created && staged) await discardStagedUpload(db, staged.recordingId);
    if (created) void relay?.kick();
    res.status(202).json(accepted(analysis));
  });

  async function createAtOnce(trx: Knex.Transaction, fresh: Omit<NewAnalysis, 'idempotencyKey'>, audio: StoredUpload) {
    const analysis = await analyses.createAtOnce(trx, fresh, flowAfter(db, 'created'));
    await saveUpload(trx, analysis.id, fresh.userId, audio);
    return { analysis, created: true };
  }

  /** With an idempotency key: a concurrent twin may win the insert, and then this one answers with it. */
  async function createWithKey(
    trx: Knex.Transaction,
    fresh: Omit<NewAnalysis, 'idempotencyKey'>,
    key: string,
    fingerprint: string,
    audio: StoredUpload | undefined,
  ) {
    const created = await analyses.create(trx, { ...fresh, idempotencyKey: key, idempotencyFingerprint: fingerprint });
    if (!created.created) {
      assertSameSubmission(created.analysis, fingerprint);
      return created;
    }
    const { id, user_id, conversation_id, client_transcript } = created.analysis;
    await stageAnalysis(trx, {
      analysis_id: id,
      user_id,
      conversation_id,
      client_words: hasClientWords(client_transcript),
    });
    if (audio) await saveUpload(trx, id, user_id, audio);
    return created;
  }

  router.get('/', async (req, res) => {
    const user = currentUser(req);
    const q = parse(listSchema, req.query);
    const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
    const rows = await reader.list(user.id, { status: q.status, limit: q.limit, cursor });
    const { page, next } = pageOf(rows, q.limit, (a) => [a.cursor_ts, a.id]);
    // One query per result kind for the whole page.
    const presented = await results.present(page.map((a) => a.id));
    res.json({ data: page.map((a) => presentAnalysis(a, presented.get(a.id))), next_cursor: next });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idSchema, req.params);
    const analysis = await reader.findForUser(currentUser(req).id, id);
    if (!analysis) throw new NotFoundError('No such analysis.');
    res.json(presentAnalysis(analysis, (await results.present([id])).get(id)));
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parse(idSchema, req.params);
    const user = currentUser(req);
    // The row lock (taken first) orders this against a stage's completion: whichever commits second sees the other.
    const erased = await db.transaction(async (trx) => {
      const done = await analyses.erase(trx, user.id, id, () => results.erase(trx, id, user.id));
      if (done)
        await audit(trx, {
          actorId: user.id,
          action: 'analysis.delete',
          resourceType: 'analysis',
          resourceId: id,
          ip: req.ip,
        });
      return done;
    });
    if (!erased) throw new NotFoundError('No such analysis.');
    // Best effort: a job already running finds the analysis gone and writes nothing.
    if (backend) await removeAnalysisJobs(backend, id, stages, erased.generation);
    res.status(204).end();
  });

  return router;
}

const accepted = (a: { id: string; status: string; created_at: Date }) => ({
  id: a.id,
  status: a.status,
  created_at: a.created_at.toISOString(),
});

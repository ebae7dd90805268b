import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'chai';
import request from 'supertest';
import type { Response } from 'supertest';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import type { RiskResult } from '../../../lib/results/index.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { seedSessions, voiceWith } from '../../setup/baseline-sessions.js';
import { accountWithRole } from '../../setup/staff.js';
import { allTestStages } from '../../setup/test-stages.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

describe('GET /openapi.json', function () {
  this.timeout(60_000);
  let engine: Engine;
  let ajv: Ajv2020;
  let doc: { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

  before(async () => {
    engine = await startEngine('redis', allTestStages({ emotion: { rejectWord: 'poison' } }));
    doc = (await request(engine.app).get('/openapi.json').expect(200)).body;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(doc, 'openapi');
  });
  after(() => engine.stop());

  /**
   * Checks a real response against the documented schema for its path, method and status (or its status range,
   * 4XX/5XX), following a shared response's $ref.
   */
  function conforms(path: string, method: string, res: Response) {
    const responses = doc.paths[path]?.[method]?.responses ?? {};
    const key = [String(res.status), `${String(res.status)[0]}XX`].find((k) => k in responses);
    expect(key, `${method.toUpperCase()} ${path} ${res.status} is documented`).to.not.equal(undefined);
    if (res.status === 204 || !res.headers['content-type']?.includes('json')) return;
    const shared = (responses[key!] as { $ref?: string }).$ref;
    const at = shared ? shared.slice(1) : `/paths/${pointer(path)}/${method}/responses/${key}`;
    const validate = ajv.getSchema(`openapi#${at}/content/application~1json/schema`);
    expect(validate, 'schema').to.not.equal(undefined);
    expect(validate!(res.body), JSON.stringify(validate!.errors)).to.equal(true);
  }

  it('is an OpenAPI 3.1 document covering every route', () => {
    expect(doc.openapi).to.equal('3.1.0');
    for (const path of [
      '/v1/auth/register',
      '/v1/auth/login',
      '/v1/auth/me',
      '/v1/analyses',
      '/v1/analyses/{id}',
      '/v1/me/baseline',
      '/v1/me/trends',
      '/v1/me/trends.svg',
      '/v1/me/interface',
      '/healthz',
      '/readyz',
      '/metrics',
      '/openapi.json',
      '/admin/queues',
    ]) {
      expect(doc.paths, path).to.have.property(path);
    }
  });

  it('gives every operation an operationId, tags, examples and its security, and every error the one envelope', () => {
    type Media = { schema?: { $ref?: string }; examples?: object };
    type Res = { $ref?: string; content?: Record<string, Media> };
    type Operation = {
      operationId?: string;
      tags?: string[];
      security?: object[];
      parameters?: Array<{ example?: unknown }>;
      requestBody?: { content: Record<string, Media> };
      responses: Record<string, Res>;
    };
    const full = doc as unknown as {
      paths: Record<string, Record<string, Operation>>;
      components: { responses: Record<string, Res> };
    };
    const resolve = (r: Res) => (r.$ref ? full.components.responses[r.$ref.split('/').pop()!]! : r);
    const PUBLIC = ['/v1/auth/register', '/v1/auth/login', '/healthz', '/readyz', '/metrics', '/openapi.json'];
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(full.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.operationId, where).to.be.a('string');
        ids.add(op.operationId!);
        expect(op.tags, where).to.have.length.greaterThan(0);
        if (PUBLIC.includes(path)) expect(op.security, where).to.deep.equal([]);
        else expect(op.security, where).to.have.length.greaterThan(0);
        const media = [
          ...Object.values(op.requestBody?.content ?? {}),
          ...Object.values(op.responses).flatMap((r) => Object.values(resolve(r).content ?? {})),
        ];
        const examples = media.filter((m) => m.examples).length + (op.parameters ?? []).filter((p) => p.example).length;
        expect(examples, `${where} has examples`).to.be.greaterThan(0);
        for (const [status, r] of Object.entries(op.responses).filter(([s]) => /^[45]/.test(s))) {
          expect(resolve(r).content?.['application/json']?.schema, `${where} ${status}`).to.deep.equal({
            $ref: '#/components/schemas/Error',
          });
        }
      }
    }
    expect(ids.size, 'operationIds are unique').to.equal(
      Object.values(full.paths).reduce((n, item) => n + Object.keys(item).length, 0),
    );
  });

  it('describes the real auth responses', async () => {
    const email = `oa${Date.now()}@example.org`;
    const reg = await request(engine.app)
      .post('/v1/auth/register')
      .send({ email, password: 'password-123', consent_version: '1' });
    conforms('/v1/auth/register', 'post', reg);
    conforms(
      '/v1/auth/register',
      'post',
      await request(engine.app)
        .post('/v1/auth/register')
        .send({ email, password: 'password-123', consent_version: '1' }),
    );
    conforms('/v1/auth/register', 'post', await request(engine.app).post('/v1/auth/register').send({ email: 'x' }));
    conforms(
      '/v1/auth/login',
      'post',
      await request(engine.app).post('/v1/auth/login').send({ email, password: 'password-123' }),
    );
    conforms(
      '/v1/auth/login',
      'post',
      await request(engine.app).post('/v1/auth/login').send({ email, password: 'wrong-password' }),
    );
    conforms(
      '/v1/auth/me',
      'get',
      await request(engine.app).get('/v1/auth/me').set('Authorization', `Bearer ${reg.body.access_token}`),
    );
    conforms('/v1/auth/me', 'get', await request(engine.app).get('/v1/auth/me'));
  });

  it('describes the real analysis responses: accepted, completed, failed, listed, missing, canceled', async () => {
    const user = await registerUser(engine.app);
    const ok = await submit(engine.app, user.auth);
    conforms('/v1/analyses', 'post', ok);
    await waitForEnd(engine.app, user.auth, ok.body.id);
    conforms(
      '/v1/analyses/{id}',
      'get',
      await request(engine.app).get(`/v1/analyses/${ok.body.id}`).set('Authorization', user.auth),
    );
    const bad = await submit(engine.app, user.auth, { transcript: 'poison' });
    await waitForEnd(engine.app, user.auth, bad.body.id);
    conforms(
      '/v1/analyses/{id}',
      'get',
      await request(engine.app).get(`/v1/analyses/${bad.body.id}`).set('Authorization', user.auth),
    );
    conforms(
      '/v1/analyses',
      'get',
      await request(engine.app).get('/v1/analyses?limit=1').set('Authorization', user.auth),
    );
    conforms('/v1/analyses', 'post', await submit(engine.app, user.auth, { language: 'xx' }));
    conforms(
      '/v1/analyses/{id}',
      'get',
      await request(engine.app).get(`/v1/analyses/${crypto.randomUUID()}`).set('Authorization', user.auth),
    );
    conforms(
      '/v1/analyses/{id}',
      'delete',
      await request(engine.app).delete(`/v1/analyses/${ok.body.id}`).set('Authorization', user.auth),
    );
    conforms(
      '/v1/analyses/{id}',
      'get',
      await request(engine.app).get(`/v1/analyses/${ok.body.id}`).set('Authorization', user.auth),
    );
  });

  it('calls valid exactly the submissions the server accepts: audio or transcript, within each field limit', async () => {
    const user = await registerUser(engine.app);
    const upload = ajv.getSchema('openapi#/paths/~1v1~1analyses/post/requestBody/content/multipart~1form-data/schema')!;
    const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(28)]);
    const cases: Array<Record<string, string>> = [
      { transcript: 'Niko sawa' },
      { audio: 'a.wav' },
      { audio: 'a.wav', transcript: 'Niko sawa', language: 'sw', recorded_at: '2025-01-06T07:59:30+03:00' },
      { language: 'en' },
      { transcript: '   ' },
      { transcript: 'x'.repeat(20_001) },
      { transcript: 'hi', language: 'fr' },
      { transcript: 'hi', conversation_id: 'not-a-uuid' },
      { transcript: 'hi', recorded_at: '2025-01-06 08:00' },
      { transcript: 'hi', callback_url: 'ftp://example.org/hook' },
    ];
    for (const fields of cases) {
      const req = request(engine.app).post('/v1/analyses').set('Authorization', user.auth);
      for (const [name, value] of Object.entries(fields)) {
        if (name === 'audio') req.attach('audio', wav, value);
        else req.field(name, value);
      }
      const res = await req;
      const what = `${JSON.stringify(fields).slice(0, 100)} → ${res.status}`;
      expect(res.status === 202, what).to.equal(upload(fields));
      conforms('/v1/analyses', 'post', res);
    }
  });

  it('answers 404 not_found for any well-formed unknown UUID and 400 for a malformed id, both documented', async () => {
    const user = await registerUser(engine.app);
    // A version-1 layout with a non-RFC variant: still a UUID to `format: uuid` and to PostgreSQL.
    for (const id of [
      crypto.randomUUID(),
      '12345678-1234-1234-1234-123456789012',
      '00000000-0000-0000-0000-000000000000',
    ]) {
      for (const method of ['get', 'delete'] as const) {
        const res = await request(engine.app)[method](`/v1/analyses/${id}`).set('Authorization', user.auth);
        expect([res.status, res.body.error?.code], `${method} ${id}`).to.deep.equal([404, 'not_found']);
        conforms('/v1/analyses/{id}', method, res);
      }
    }
    for (const method of ['get', 'delete'] as const) {
      const res = await request(engine.app)[method]('/v1/analyses/not-a-uuid').set('Authorization', user.auth);
      expect([res.status, res.body.error?.code], method).to.deep.equal([400, 'validation_error']);
      conforms('/v1/analyses/{id}', method, res);
    }
  });

  it("describes the person's baseline, trend and chart responses, collecting and established", async () => {
    const user = await registerUser(engine.app);
    const get = (path: string) => request(engine.app).get(path).set('Authorization', user.auth);
    conforms('/v1/me/baseline', 'get', await get('/v1/me/baseline'));
    conforms('/v1/me/trends', 'get', await get('/v1/me/trends'));
    await seedSessions(
      engine.t.db,
      user.id,
      [2.0, 2.2, 2.4, 2.1, 2.3, 0.9].map((f0_sd_st) => voiceWith({ f0_sd_st })),
    );
    const established = await get('/v1/me/baseline');
    expect(established.body.status).to.equal('established');
    conforms('/v1/me/baseline', 'get', established);
    const trend = await get('/v1/me/trends?feature=f0_sd_st');
    expect(trend.body.points.at(-1).deviating).to.equal(true);
    conforms('/v1/me/trends', 'get', trend);
    conforms('/v1/me/trends', 'get', await get('/v1/me/trends?feature=nope'));
    conforms('/v1/me/trends.svg', 'get', await get('/v1/me/trends.svg'));
    conforms('/v1/me/baseline', 'get', await request(engine.app).get('/v1/me/baseline'));
    conforms('/v1/me/interface', 'get', await get('/v1/me/interface'));
    conforms('/v1/me/interface', 'get', await request(engine.app).get('/v1/me/interface'));
  });

  it("describes the clinicians' responses: a page, one escalation, acknowledge, close, 403 for a person", async () => {
    const person = await registerUser(engine.app);
    conforms(
      '/v1/escalations',
      'get',
      await request(engine.app).get('/v1/escalations').set('Authorization', person.auth),
    );
    const { auth } = await accountWithRole(engine.app, engine.t.db, 'clinician', `clinician-${Date.now()}@example.org`);
    const done = await waitForEnd(engine.app, person.auth, (await submit(engine.app, person.auth)).body.id);
    const { analysis_id, user_id, conversation_id } = {
      analysis_id: done.id,
      user_id: person.id,
      conversation_id: done.conversation_id,
    };
    const risk: RiskResult = {
      level: 'critical',
      score: 0.95,
      tier: 'plan',
      reason: null,
      factors: [{ layer: 'language', code: 'ideation_plan', weight: 0.9, span: 'nitajiua kesho' }],
    };
    await engine.t.db.transaction((trx) =>
      new ResultStore(engine.t.db).write(trx, { analysis_id, user_id, conversation_id }, [
        { name: 'risk', value: risk },
      ]),
    );
    const page = await request(engine.app).get('/v1/escalations').set('Authorization', auth);
    conforms('/v1/escalations', 'get', page);
    const id = page.body.data[0].id as string;
    conforms(
      '/v1/escalations/{id}',
      'get',
      await request(engine.app).get(`/v1/escalations/${id}`).set('Authorization', auth),
    );
    conforms(
      '/v1/escalations/{id}/acknowledge',
      'post',
      await request(engine.app).post(`/v1/escalations/${id}/acknowledge`).set('Authorization', auth),
    );
    conforms(
      '/v1/escalations/{id}/close',
      'post',
      await request(engine.app).post(`/v1/escalations/${id}/close`).set('Authorization', auth).send({ note: 'ok' }),
    );
    conforms(
      '/v1/escalations/{id}/acknowledge',
      'post',
      await request(engine.app).post(`/v1/escalations/${id}/acknowledge`).set('Authorization', auth),
    );
    conforms(
      '/v1/risk-assessments',
      'get',
      await request(engine.app).get('/v1/risk-assessments').set('Authorization', auth),
    );
  });

  it('describes health and readiness', async () => {
    conforms('/healthz', 'get', await request(engine.app).get('/healthz'));
    conforms('/readyz', 'get', await request(engine.app).get('/readyz'));
    conforms('/admin/queues', 'get', await request(engine.app).get('/admin/queues'));
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'chai';
import request from 'supertest';
import type { Response } from 'supertest';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
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

  /** Checks a real response against the documented schema for its path, method and status. */
  function conforms(path: string, method: string, res: Response) {
    const documented = doc.paths[path]?.[method]?.responses?.[String(res.status)];
    expect(documented, `${method.toUpperCase()} ${path} ${res.status} is documented`).to.not.equal(undefined);
    if (res.status === 204 || !res.headers['content-type']?.includes('json')) return;
    const validate = ajv.getSchema(
      `openapi#/paths/${pointer(path)}/${method}/responses/${res.status}/content/application~1json/schema`,
    );
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
      '/healthz',
      '/readyz',
      '/metrics',
      '/openapi.json',
      '/admin/queues',
    ]) {
      expect(doc.paths, path).to.have.property(path);
    }
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

  it('describes health and readiness', async () => {
    conforms('/healthz', 'get', await request(engine.app).get('/healthz'));
    conforms('/readyz', 'get', await request(engine.app).get('/readyz'));
    conforms('/admin/queues', 'get', await request(engine.app).get('/admin/queues'));
  });
});

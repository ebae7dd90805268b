import { expect } from 'chai';
import request from 'supertest';
import { createRedis, PRODUCER_REDIS_OPTIONS } from '../../../lib/redis.js';
import { createLogger } from '../../../lib/logger.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

describe('HTTP basics', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  const app = () => testApp(t.db, testConfig(t.url));

  it('answers an unknown route with 404 in the error envelope', async () => {
    const res = await request(app()).get('/v1/nothing-here').expect(404);
    expect(res.body.error.code).to.equal('not_found');
    expect(res.body.error.message).to.be.a('string');
  });

  it('answers malformed JSON with 400 validation_error', async () => {
    const res = await request(app())
      .post('/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body.error.code).to.equal('validation_error');
  });

  it('answers a JSON body over the limit with 413 payload_too_large', async () => {
    const res = await request(app())
      .post('/v1/auth/login')
      .send({ email: 'a@b.c', password: 'x'.repeat(200_000) })
      .expect(413);
    expect(res.body.error.code).to.equal('payload_too_large');
  });

  it('answers a malformed percent-escape in a path with 400 validation_error, not 500', async () => {
    const { auth } = await registerUser(app());
    const res = await request(app()).get('/v1/analyses/%E0%A4%A').set('Authorization', auth).expect(400);
    expect(res.body.error.code).to.equal('validation_error');
    expect(res.body.error.message).to.be.a('string');
  });

  it('answers an unsupported method on a known path with 405 method_not_allowed and Allow', async () => {
    const { auth } = await registerUser(app());
    const cases = [
      ['put', '/v1/analyses', 'GET, HEAD, POST'],
      ['patch', '/v1/analyses/00000000-0000-4000-8000-000000000000', 'DELETE, GET, HEAD'],
      ['delete', '/v1/auth/login', 'POST'],
      ['post', '/healthz', 'GET, HEAD'],
    ] as const;
    for (const [method, path, allow] of cases) {
      const res = await request(app())[method](path).set('Authorization', auth).expect(405);
      expect(res.headers.allow, `${method} ${path}`).to.equal(allow);
      expect(res.body.error.code).to.equal('method_not_allowed');
      expect(res.body.error.message).to.be.a('string');
    }
    await request(app()).put('/v1/nothing-here').expect(404);
    // OPTIONS is a question, not an unsupported method: answered with Allow by us or by Express's router.
    for (const path of ['/metrics', '/healthz', '/v1/auth/login']) {
      const options = await request(app()).options(path);
      expect(options.status, path).to.be.oneOf([200, 204]);
      expect(options.headers.allow, path).to.equal(path === '/v1/auth/login' ? 'POST' : 'GET, HEAD');
    }
  });

  it('sends an X-Request-Id, echoing a sane one from the client', async () => {
    const made = await request(app()).get('/healthz').expect(200);
    expect(made.headers['x-request-id']).to.match(/^[0-9a-f-]{36}$/);
    const echoed = await request(app()).get('/healthz').set('X-Request-Id', 'client-trace-1234').expect(200);
    expect(echoed.headers['x-request-id']).to.equal('client-trace-1234');
    const replaced = await request(app()).get('/healthz').set('X-Request-Id', 'bad id; with spaces').expect(200);
    expect(replaced.headers['x-request-id']).to.match(/^[0-9a-f-]{36}$/);
  });

  it('sets helmet’s security headers', async () => {
    const res = await request(app()).get('/healthz');
    expect(res.headers).to.include({ 'x-content-type-options': 'nosniff' });
    expect(res.headers).to.not.have.property('x-powered-by');
  });

  it('answers /healthz and /readyz when the database is reachable', async () => {
    await request(app()).get('/healthz').expect(200, { status: 'ok' });
    const res = await request(app()).get('/readyz').expect(200);
    expect(res.body).to.deep.equal({ status: 'ready', checks: { database: 'ok' } });
  });

  it('answers /readyz with 503 when the queue backend is unreachable', async () => {
    const redis = createRedis(
      'redis://127.0.0.1:1',
      { ...PRODUCER_REDIS_OPTIONS, retryStrategy: () => null },
      createLogger('silent'),
    );
    try {
      const res = await request(testApp(t.db, testConfig(t.url), { queue: async () => void (await redis.ping()) }))
        .get('/readyz')
        .expect(503);
      expect(res.body.error.code).to.equal('not_ready');
      expect(res.body.error.details.checks).to.deep.equal({ database: 'ok', queue: 'failing' });
    } finally {
      redis.disconnect();
    }
  });
});

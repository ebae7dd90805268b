import net, { type AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { BOARD_PATH } from '../../../api/admin/bull-board.js';
import { createLogger } from '../../../lib/logger.js';
import { hashPassword } from '../../../lib/passwords.js';
import { openQueueBackend, type QueueBackend } from '../../../lib/queue-backend.js';
import { UserRepository } from '../../../lib/repositories/user.repository.js';
import { testApp, testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

const PASSWORD = 'board-passphrase-1';
const EMAIL = 'errors-admin@example.org';
const ADMIN = `Basic ${Buffer.from(`${EMAIL}:${PASSWORD}`).toString('base64')}`;
const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

/** A loopback TCP server; `silent` accepts and never answers, otherwise it forwards to the test Redis. */
async function loopbackServer(mode: 'silent' | 'proxy', port = 0) {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('error', () => undefined).on('close', () => sockets.delete(s));
    return s;
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === 'silent') return;
    const upstream = track(net.connect(Number(REDIS.port || 6379), REDIS.hostname));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A port nothing listens on. */
async function closedPort() {
  const server = await loopbackServer('silent');
  await server.stop();
  return server.port;
}

/** The request id of an answer, which its envelope must repeat. */
function expectEnvelope(res: request.Response, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).to.equal(status);
  expect(res.body.error).to.include({ code });
  expect(res.body.error.message).to.be.a('string').with.length.greaterThan(0);
  expect(res.body.error.details).to.deep.equal({ request_id: res.headers['x-request-id'] });
}

describe('Bull Board’s errors in the error envelope', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  const opened: QueueBackend[] = [];
  before(async () => {
    t = await createTestDatabase();
    await new UserRepository(t.db).create({ email: EMAIL, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  });
  after(async () => {
    for (const b of opened) await b.close();
    await t.drop();
  });

  /** The API with its board on queues in Redis at `port`. */
  const appOnRedis = (port: number): { app: Express; backend: QueueBackend } => {
    const config = testConfig(t.url, { REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `{errors-${port}}` });
    const backend = openQueueBackend({ config, databaseUrl: t.url, logger: createLogger('silent'), role: 'producer' });
    opened.push(backend);
    return { app: testApp(t.db, config, {}, { backend }), backend };
  };
  /** Reads and writes of the board API an admin makes; a hang fails the test instead of passing unseen. */
  const boardCalls = (app: Express) => [
    request(app).get(`${BOARD_PATH}/api/queues`),
    request(app).get(`${BOARD_PATH}/api/redis/stats`),
    request(app).put(`${BOARD_PATH}/api/queues/emotion/pause`),
    request(app).post(`${BOARD_PATH}/api/queues/emotion/add`).send({ name: 'x', data: {} }),
  ];
  const call = (req: request.Test) => req.set('Authorization', ADMIN).timeout(10_000);

  for (const [what, start] of [
    ['nothing listens on its port', async () => ({ port: await closedPort(), stop: async () => undefined })],
    ['it accepts connections but never answers', () => loopbackServer('silent')],
  ] as const) {
    it(`answers 503 queue_unavailable to board reads and writes when Redis is unreachable (${what})`, async () => {
      const redis = await start();
      try {
        const { app } = appOnRedis(redis.port);
        for (const req of boardCalls(app)) expectEnvelope(await call(req), 503, 'queue_unavailable');
        // The page itself needs no queue: it loads and shows the outage through its API calls.
        await call(request(app).get(BOARD_PATH)).expect(200);
      } finally {
        await redis.stop();
      }
    });
  }

  it('answers 503 while Redis is away under a running board, and 200 again once it is back', async () => {
    let redis = await loopbackServer('proxy');
    const { app } = appOnRedis(redis.port);
    try {
      await call(request(app).get(`${BOARD_PATH}/api/queues`)).expect(200);
      await redis.stop();
      for (const req of boardCalls(app)) expectEnvelope(await call(req), 503, 'queue_unavailable');
      redis = await loopbackServer('proxy', redis.port);
      // ioredis reconnects with a back-off of up to 2 s.
      const deadline = Date.now() + 15_000;
      let status = 0;
      while (status !== 200 && Date.now() < deadline) {
        status = (await call(request(app).get(`${BOARD_PATH}/api/queues`))).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).to.equal(200);
    } finally {
      await redis.stop();
    }
  });

  describe('with Redis up', () => {
    let app: Express;
    let backend: QueueBackend;
    before(() => {
      ({ app, backend } = appOnRedis(Number(REDIS.port || 6379)));
    });
    after(() => backend.queue('emotion').obliterate({ force: true }));

    for (const [what, method, path, status, code] of [
      ['an unknown queue', 'get', '/api/queues/nope/1', 404, 'not_found'],
      ['a change to an unknown queue', 'put', '/api/queues/nope/pause', 404, 'not_found'],
      ['an unknown job', 'get', '/api/queues/emotion/no-such-job', 404, 'not_found'],
      ['a retry of a state that cannot be retried', 'put', '/api/queues/emotion/retry/bogus', 400, 'validation_error'],
      [
        'a list query with an unknown status',
        'get',
        '/api/queues?activeQueue=emotion&status=bogus',
        400,
        'validation_error',
      ],
    ] as const) {
      it(`answers ${what} with ${status} ${code} instead of Bull Board’s own body`, async () => {
        expectEnvelope(await call(request(app)[method](`${BOARD_PATH}${path}`)), status, code);
      });
    }

    it('still answers the board’s successful calls as Bull Board does', async () => {
      const res = await call(request(app).get(`${BOARD_PATH}/api/queues`)).expect(200);
      expect(res.body.queues.map((q: { name: string }) => q.name)).to.include('emotion');
    });
  });
});

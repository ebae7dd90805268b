import { randomBytes } from 'node:crypto';
import type dns from 'node:dns';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { UnrecoverableError } from 'bullmq';
import { expect } from 'chai';
import { WEBHOOK_QUEUE } from '../../../jobs/webhooks.js';
import { createLogger } from '../../../lib/logger.js';
import { openQueueBackend, type QueueBackend } from '../../../lib/queue-backend.js';
import { deliverWebhook } from '../../../processors/webhooks/deliver.js';
import { testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { installLoopbackFence } from '../../setup/loopback-fence.js';
import { waitUntil } from '../../setup/wait.js';

const logger = createLogger('silent');

/** A fake DNS answering every name with `addresses`. */
const answering =
  (...addresses: string[]) =>
  (_host: string, _opts: dns.LookupAllOptions, cb: (e: null, a: dns.LookupAddress[]) => void) =>
    cb(
      null,
      addresses.map((address) => ({ address, family: net.isIP(address) })),
    );

/** A loopback server that sends `prefix` once the request arrives, then one more byte every 200 ms, forever. */
async function dripServer(prefix: string) {
  const sockets = new Set<net.Socket>();
  let closed = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write(prefix);
      const drip = setInterval(() => socket.write('a'), 200);
      socket.on('close', () => {
        clearInterval(drip);
        sockets.delete(socket);
        closed++;
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    closed: () => closed,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(r));
    },
  };
}

/** Settles with `p`, or fails once `ms` have passed. */
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still delivering after ${ms} ms`)), ms)),
  ]);

describe('webhook delivery (the webhooks queue processor)', function () {
  this.timeout(30_000);
  let t: TestDatabase;
  let backend: QueueBackend;
  let receiver: http.Server;
  let received = 0;
  let receiverPort: number;

  before(async () => {
    t = await createTestDatabase();
    const config = testConfig(t.url, {
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `{t${randomBytes(4).toString('hex')}}`,
    });
    backend = openQueueBackend({ config, databaseUrl: t.url, logger, role: 'producer' });
    receiver = http.createServer((req, res) => {
      received++;
      req.resume().on('end', () => res.end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverPort = (receiver.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise((r) => receiver.close(r));
    await backend.queue(WEBHOOK_QUEUE).obliterate({ force: true });
    await backend.close();
    await t.drop();
  });

  /** Runs one delivery of a completed analysis to `url`; returns how it ended and its webhook_deliveries rows. */
  async function deliver(
    url: string,
    {
      allowPrivate = false,
      timeoutMs = 10_000,
      resolver,
    }: Partial<{ allowPrivate: boolean; timeoutMs: number }> & {
      resolver?: ReturnType<typeof answering>;
    } = {},
  ) {
    const [user] = await t
      .db('users')
      .insert({ email: `d${randomBytes(4).toString('hex')}@example.org`, role: 'user' })
      .returning('id');
    const [conv] = await t.db('conversations').insert({ user_id: user.id }).returning('id');
    const [analysis] = await t
      .db('analyses')
      .insert({ user_id: user.id, conversation_id: conv.id, status: 'completed', callback_url: url })
      .returning('id');
    const job = await backend.queue(WEBHOOK_QUEUE).add('delivery', { analysis_id: analysis.id, status: 'completed' });
    const processor = deliverWebhook(t.db, { secret: 's'.repeat(32), allowPrivate, timeoutMs }, logger, { resolver });
    const ended = processor(job).then(
      () => 'delivered',
      (err: Error) => err,
    );
    return { ended, log: () => t.db('webhook_deliveries').where({ analysis_id: analysis.id }) };
  }

  describe('with fake DNS answers, behind a fence that keeps every connection on loopback', () => {
    let fence: ReturnType<typeof installLoopbackFence>;
    beforeEach(() => {
      fence = installLoopbackFence();
      received = 0;
    });
    afterEach(() => fence.remove());

    for (const answer of [
      '64:ff9b::7f00:1',
      '64:ff9b::808:808',
      '::ffff:0:7f00:1',
      '::7f00:1',
      '2002:7f00:1::1',
      '2001:0:4136:e378:8000:63bf:80ff:fffe',
      '2001:db8::1',
      '198.18.0.1',
      '192.0.0.8',
    ]) {
      it(`refuses to deliver when the callback host resolves to ${answer}, for good, and logs the refusal`, async () => {
        const { ended, log } = await deliver(`http://hook.example:${receiverPort}/hook`, {
          resolver: answering(answer),
        });
        const outcome = await ended;
        expect(outcome).to.be.instanceOf(UnrecoverableError);
        expect((outcome as Error).message).to.match(/^blocked: hook\.example resolves to a refused address/);
        expect((outcome as Error).message).to.include(answer);
        const rows = await log();
        expect(rows.map((r) => [r.succeeded, r.status_code])).to.deep.equal([[false, null]]);
        expect(rows[0].error).to.match(/^blocked: /);
        expect(fence.attempts).to.deep.equal([]);
        expect(received).to.equal(0);
      });
    }

    it('delivers through the fake DNS to a loopback receiver when private addresses are allowed', async () => {
      const { ended, log } = await deliver(`http://hook.example:${receiverPort}/hook`, {
        allowPrivate: true,
        resolver: answering('127.0.0.1'),
      });
      expect(await ended).to.equal('delivered');
      expect(received).to.equal(1);
      expect((await log()).map((r) => [r.succeeded, r.status_code])).to.deep.equal([[true, 200]]);
    });
  });

  describe('an overall deadline for one delivery', () => {
    for (const [what, prefix] of [
      ['its response headers', 'HTTP/1.1 200 OK\r\nX-Drip: '],
      ['the body of a 200', 'HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n'],
    ] as const) {
      it(`gives up on a receiver that drips ${what} a byte every 200 ms, and logs the failure`, async () => {
        const drip = await dripServer(prefix);
        try {
          const { ended, log } = await deliver(drip.url, { allowPrivate: true, timeoutMs: 1000 });
          // The drip never ends (the body one would take 55 hours): the delivery must end on its own.
          const outcome = await within(ended, 15_000);
          expect(outcome).to.be.instanceOf(Error).and.not.to.be.instanceOf(UnrecoverableError);
          expect((outcome as Error).message).to.include('1000 ms');
          const rows = await log();
          expect(rows).to.have.length(1);
          expect(rows[0]).to.include({ succeeded: false });
          expect(rows[0].error).to.include('1000 ms');
          // The receiver sees its connection closed, so the slot is free for good.
          await waitUntil(async () => drip.closed() === 1, { timeoutMs: 5000, what: 'the drip connection to close' });
        } finally {
          await drip.close();
        }
      });
    }
  });
});

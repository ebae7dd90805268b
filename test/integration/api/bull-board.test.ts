import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect } from 'chai';
import { launchChromium } from '../../setup/chromium.js';
import express from 'express';
import { type Browser } from 'playwright-core';
import request from 'supertest';
import { BOARD_PATH, queueBoards, redactJobField } from '../../../api/admin/bull-board.js';
import { hashPassword } from '../../../lib/passwords.js';
import { UserRepository } from '../../../lib/repositories/user.repository.js';
import type { Role } from '../../../lib/tokens.js';
import { BACKENDS, registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';

const PASSWORD = 'board-passphrase-1';

const basic = (email: string, password = PASSWORD) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

describe('the queue board’s job formatter', () => {
  it('shows ids, flags, counts and status labels of a job but never text or nested values', () => {
    expect(
      redactJobField({
        analysis_id: 'a1',
        user_id: 'u1',
        attempt: 2,
        ok: true,
        status: 'completed',
        transcript: 'I feel low',
        stage: 'I feel low',
        note_id: 'has spaces so is text',
        meta: { analysis_id: 'a2' },
      }),
    ).to.deep.equal({
      analysis_id: 'a1',
      attempt: 2,
      ok: true,
      status: 'completed',
      redacted: ['user_id', 'transcript', 'stage', 'note_id', 'meta'],
    });
    expect(redactJobField('I feel low')).to.deep.equal({ redacted: true });
    expect(redactJobField(40)).to.equal(40);
  });
});

// The production default is the PostgreSQL backend (no REDIS_URL), so the board is checked on both.
for (const kind of BACKENDS) {
  describe(`the queue board at /admin/queues on the ${kind} queue backend`, function () {
    this.timeout(60_000);
    let engine: Engine;
    let passwordHash: string;
    const emails = {} as Record<Role, string>;
    const createUser = async (role: Role, email: string) => {
      await new UserRepository(engine.t.db).create({ email, passwordHash, role });
      return email;
    };

    before(async () => {
      // Behind one proxy: tests choose the client address with X-Forwarded-For.
      engine = await startEngine(kind, allTestStages(), { TRUST_PROXY: 'true' });
      passwordHash = await hashPassword(PASSWORD);
      for (const role of ['user', 'clinician', 'operator', 'admin'] as const) {
        emails[role] = await createUser(role, `${role}@example.org`);
      }
    });
    after(() => engine.stop());
    // Every test starts with fresh login counters, so earlier failures never rate-limit a later test.
    beforeEach(() => engine.t.db('rate_limits').delete());

    const bearer = async (role: Role) => {
      const res = await request(engine.app)
        .post('/v1/auth/login')
        .send({ email: emails[role], password: PASSWORD })
        .expect(200);
      return `Bearer ${res.body.access_token}`;
    };
    const board = (path: string, auth?: string, method: 'get' | 'put' = 'get') => {
      const req = request(engine.app)[method](`${BOARD_PATH}${path}`);
      return auth ? req.set('Authorization', auth) : req;
    };

    it('answers 401 with a Basic challenge and the error envelope without credentials', async () => {
      const res = await board('').expect(401);
      expect(res.headers['www-authenticate']).to.equal('Basic realm="resona"');
      expect(res.body.error.code).to.equal('unauthorized');
      await board('/api/queues').expect(401);
    });

    it('answers 401 invalid_credentials to a wrong password, an unknown email or a bad token', async () => {
      const wrong = await board('/api/queues', basic(emails.operator, 'not the password')).expect(401);
      expect(wrong.headers['www-authenticate']).to.equal('Basic realm="resona"');
      expect(wrong.body.error.code).to.equal('invalid_credentials');
      await board('/api/queues', basic('nobody@example.org')).expect(401);
      await board('/api/queues', 'Basic not-base64!').expect(401);
      await board('/api/queues', basic('nul\u0000@example.org')).expect(401);
      const token = await board('/api/queues', 'Bearer not.a.token').expect(401);
      expect(token.headers['www-authenticate']).to.equal('Basic realm="resona"');
    });

    it('counts Basic attempts with the login limits, so Basic auth cannot be used to guess passwords', async () => {
      const email = await createUser('admin', 'guessed-admin@example.org');
      // LOGIN_MAX_PER_ACCOUNT_IP is 5: after five wrong guesses from one address even the right password waits there.
      for (let i = 0; i < 5; i++) await board('/api/queues', basic(email, `guess ${i}`)).expect(401);
      const res = await board('/api/queues', basic(email)).expect(429);
      expect(res.body.error.code).to.equal('rate_limited');
      expect(Number(res.headers['retry-after'])).to.be.greaterThan(0);
    });

    it('lets an admin in by Basic from a clean address while another address is refused for guessing', async () => {
      const email = await createUser('admin', 'besieged-admin@example.org');
      const from = (address: string, auth: string) => board('/api/queues', auth).set('X-Forwarded-For', address);
      for (let i = 0; i < 5; i++) await from('203.0.113.9', basic(email, `guess ${i}`)).expect(401);
      await from('203.0.113.9', basic(email)).expect(429);
      await from('198.51.100.20', basic(email)).expect(200);
    });

    it('answers 403 forbidden to users and clinicians, by Basic and by bearer token', async () => {
      for (const role of ['user', 'clinician'] as const) {
        const res = await board('', basic(emails[role])).expect(403);
        expect(res.body.error.code).to.equal('forbidden');
        await board('/api/queues', await bearer(role)).expect(403);
      }
    });

    it('lets an operator read the board by Basic and by bearer token, with every queue read-only', async () => {
      for (const auth of [basic(emails.operator), await bearer('operator')]) {
        const page = await board('', auth).expect(200);
        expect(page.headers['content-type']).to.match(/text\/html/);
        const res = await board('/api/queues', auth).expect(200);
        const queues = res.body.queues as Array<{ name: string; readOnlyMode: boolean }>;
        const names = ['transcription', 'emotion', 'baseline', 'risk', 'reply', 'webhooks', 'personalise'];
        expect(queues.map((q) => q.name)).to.have.members(names);
        expect(queues.every((q) => q.readOnlyMode)).to.equal(true);
      }
    });

    it('refuses an operator’s writes (pause, retry, pause-all) and leaves the queue running', async () => {
      for (const auth of [basic(emails.operator), await bearer('operator')]) {
        for (const path of [
          '/api/queues/transcription/pause',
          '/api/queues/transcription/retry/failed',
          '/api/queues/pause',
        ]) {
          const res = await board(path, auth, 'put').expect(403);
          expect(res.body.error.code).to.equal('forbidden');
        }
      }
      expect(await engine.backend.queue('transcription').isPaused()).to.equal(false);
    });

    it('builds the operators’ board with Bull Board’s read-only mode, which refuses writes with 405 by itself', async () => {
      const { readOnly } = queueBoards(engine.backend);
      const bare = express().use(BOARD_PATH, (req, res, next) => readOnly.handle(req, res, next));
      await request(bare).put(`${BOARD_PATH}/api/queues/transcription/pause`).expect(405);
      await request(bare).put(`${BOARD_PATH}/api/queues/transcription/retry/failed`).expect(405);
      expect(await engine.backend.queue('transcription').isPaused()).to.equal(false);
    });

    it('gives an admin full control: pause and resume a queue, each write recorded in audit_log', async () => {
      const auth = basic(emails.admin);
      const before = await board('/api/queues', auth).expect(200);
      expect(before.body.queues.every((q: { readOnlyMode: boolean }) => !q.readOnlyMode)).to.equal(true);
      await board('/api/queues/emotion/pause', auth, 'put').expect(200);
      expect(await engine.backend.queue('emotion').isPaused()).to.equal(true);
      await board('/api/queues/emotion/resume', await bearer('admin'), 'put').expect(200);
      expect(await engine.backend.queue('emotion').isPaused()).to.equal(false);
      const audited = await engine.t.db('audit_log').where({ action: 'board.write' }).orderBy('id');
      expect(audited.map((r) => r.resource_id)).to.include.members([
        '/api/queues/emotion/pause',
        '/api/queues/emotion/resume',
      ]);
      expect(audited.every((r) => r.actor_id !== null && r.details.method === 'PUT')).to.equal(true);
    });

    it('serves job data without the transcript or the user id of a submitted analysis', async () => {
      const transcript = 'Nimechoka sana leo, the secret words 7f3a';
      const person = await registerUser(engine.app);
      const { body } = await submit(engine.app, person.auth, { transcript }).expect(202);
      await waitForEnd(engine.app, person.auth, body.id);
      // A job carrying text, as a careless producer might enqueue it: whatever its state, the board shows none of it.
      await engine.backend.queue('webhooks').add('delivery', { analysis_id: body.id, user_id: person.id, transcript });

      const auth = basic(emails.operator);
      for (const [queue, status] of [
        ['transcription', 'completed'],
        ['webhooks', 'latest'],
      ]) {
        const res = await board(`/api/queues?activeQueue=${queue}&status=${status}`, auth).expect(200);
        const served = JSON.stringify(res.body);
        const jobs = res.body.queues.find((q: { name: string }) => q.name === queue).jobs;
        expect(
          jobs.map((j: { data: { analysis_id: string } }) => j.data.analysis_id),
          queue,
        ).to.include(body.id);
        expect(served).not.to.include(person.id);
        expect(served).not.to.include('secret words');
      }
      const job = await board(`/api/queues/transcription/${body.id}-transcription`, auth).expect(200);
      expect(job.body.job.data).to.deep.equal({ analysis_id: body.id, redacted: ['user_id', 'conversation_id'] });
      expect(job.body.job.returnValue).to.deep.equal({ ok: true });
    });

    describe('in headless Chromium', () => {
      let server: Server;
      let browser: Browser;
      let base: string;
      before(async () => {
        server = await new Promise<Server>((resolve) => {
          const s = engine.app.listen(0, '127.0.0.1', () => resolve(s));
        });
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BOARD_PATH}`;
        browser = await launchChromium();
      });
      after(async () => {
        await browser?.close();
        await new Promise((resolve) => server?.close(resolve));
      });

      const open = async (credentials?: { username: string; password: string }) => {
        const context = await browser.newContext(credentials ? { httpCredentials: credentials } : {});
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(m.text());
        });
        page.on('pageerror', (e) => problems.push(e.message));
        return { context, page, problems };
      };

      it('renders the four stage queues for an operator, with no script or CSP error', async () => {
        const { context, page, problems } = await open({ username: emails.operator, password: PASSWORD });
        try {
          const res = await page.goto(base);
          expect(res?.status()).to.equal(200);
          for (const queue of ['transcription', 'emotion', 'baseline', 'risk']) {
            await page.getByText(queue, { exact: true }).first().waitFor({ state: 'visible', timeout: 15_000 });
          }
          // Google Fonts are blocked on purpose (no third-party requests from the admin page); nothing else may fail.
          expect(problems.filter((p) => !/fonts\.googleapis\.com/.test(p))).to.deep.equal([]);
        } finally {
          await context.close();
        }
      });

      it('answers 403 to a user and 401 without credentials', async () => {
        const asUser = await open({ username: emails.user, password: PASSWORD });
        expect((await asUser.page.goto(base))?.status()).to.equal(403);
        await asUser.context.close();
        const anonymous = await open();
        // Without credentials to answer the challenge Chromium abandons the navigation, so read the response itself.
        const challenged = anonymous.page.waitForResponse(base);
        await anonymous.page.goto(base).catch(() => undefined);
        const res = await challenged;
        expect(res.status()).to.equal(401);
        expect(await res.headerValue('www-authenticate')).to.equal('Basic realm="resona"');
        await anonymous.context.close();
      });
    });
  });
}

import { expect } from 'chai';
import request from 'supertest';
import { BOARD_PATH } from '../../../api/admin/bull-board.js';
import { hashPassword } from '../../../lib/passwords.js';
import { UserRepository } from '../../../lib/repositories/user.repository.js';
import { startEngine, type Engine } from '../../setup/engine.js';

const PASSWORD = 'board-passphrase-1';
const HOST = 'board.example';
const basic = (email: string) => `Basic ${Buffer.from(`${email}:${PASSWORD}`).toString('base64')}`;

// Browsers attach Basic credentials to any page's request, so the board must refuse writes other sites start.
describe('the queue board refuses cross-origin writes', function () {
  this.timeout(60_000);
  let engine: Engine;
  let admin: string;
  let bearer: string;
  before(async () => {
    engine = await startEngine('redis', [], {}, { inProcessWorker: false });
    const email = 'origin-admin@example.org';
    await new UserRepository(engine.t.db).create({ email, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
    admin = basic(email);
    const login = await request(engine.app).post('/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    bearer = `Bearer ${login.body.access_token}`;
  });
  after(() => engine.stop());
  afterEach(async () => {
    await engine.backend.queue('emotion').resume();
    await engine.backend.queue('emotion').obliterate({ force: true });
  });

  /** An admin's write to the board as this host serves it, with the given browser headers. */
  const write = (method: 'post' | 'put', path: string, headers: Record<string, string>, auth = admin) => {
    const req = request(engine.app)[method](`${BOARD_PATH}${path}`).set('Host', HOST).set('Authorization', auth);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req;
  };
  const addJob = (headers: Record<string, string>, auth?: string) =>
    write('post', '/api/queues/emotion/add', headers, auth).send({ name: 'forged', data: { analysis_id: 'x' } });
  const jobCount = async () => (await engine.backend.queue('emotion').getJobCountByTypes('waiting', 'delayed')) ?? 0;

  it('answers 403 to a Basic-authenticated admin POST from another site and adds no job', async () => {
    const res = await addJob({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }).expect(403);
    expect(res.body).to.have.nested.property('error.code', 'forbidden');
    expect(res.body.error.message).to.be.a('string');
    expect(await jobCount()).to.equal(0);
  });

  for (const [what, headers] of [
    ['an Origin of another site', { Origin: 'https://evil.example' }],
    ['an Origin of another port of the same host', { Origin: `http://${HOST}:8080` }],
    ['an Origin of another scheme', { Origin: `https://${HOST}` }],
    ['the opaque Origin null', { Origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['its own Origin but Sec-Fetch-Site same-site', { Origin: `http://${HOST}`, 'Sec-Fetch-Site': 'same-site' }],
  ] as const) {
    it(`refuses a write with ${what}, leaving the queue running`, async () => {
      const res = await write('put', '/api/queues/emotion/pause', headers).expect(403);
      expect(res.body.error.code).to.equal('forbidden');
      expect(await engine.backend.queue('emotion').isPaused()).to.equal(false);
    });
  }

  it('applies the same rule to bearer tokens', async () => {
    await addJob({ Origin: 'https://evil.example' }, bearer).expect(403);
    expect(await jobCount()).to.equal(0);
  });

  it('accepts writes from the board’s own pages and from clients that are not browsers', async () => {
    await addJob({ Origin: `http://${HOST}`, 'Sec-Fetch-Site': 'same-origin' }).expect(200);
    await addJob({ 'Sec-Fetch-Site': 'none' }).expect(200);
    await addJob({}, bearer).expect(200);
    expect(await jobCount()).to.equal(3);
    await write('put', '/api/queues/emotion/pause', { Origin: `http://${HOST}` }).expect(200);
    expect(await engine.backend.queue('emotion').isPaused()).to.equal(true);
  });

  it('still serves reads to a page of another origin (they change nothing)', async () => {
    await request(engine.app)
      .get(`${BOARD_PATH}/api/queues`)
      .set('Authorization', admin)
      .set('Origin', 'https://evil.example')
      .set('Sec-Fetch-Site', 'cross-site')
      .expect(200);
  });
});

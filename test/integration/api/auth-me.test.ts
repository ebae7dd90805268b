import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import type { Express } from 'express';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { TEST_JWT_SECRET, testApp, testConfig } from '../../setup/app.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('GET /v1/auth/me', () => {
  let t: TestDatabase;
  let app: Express;
  let userId: string;
  let token: string;
  const sign = (claims: object, opts: jwt.SignOptions = {}, secret = TEST_JWT_SECRET) =>
    jwt.sign({ role: 'user', ...claims }, secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: 'resona',
      audience: 'resona-api',
      expiresIn: 600,
      ...opts,
    });

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
    const res = await request(app)
      .post('/v1/auth/register')
      .send({ email: 'me@example.org', password: 'password-123', consent_version: '1' });
    userId = res.body.user_id;
    token = res.body.access_token;
  });
  after(() => t.drop());

  const expect401 = async (authorization?: string) => {
    const req = request(app).get('/v1/auth/me');
    if (authorization) req.set('Authorization', authorization);
    const res = await req.expect(401);
    expect(res.body).to.deep.equal({ error: { code: 'unauthorized', message: 'A valid bearer token is required.' } });
  };

  it('returns the account for a valid token', async () => {
    const res = await request(app).get('/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body).to.include({ user_id: userId, email: 'me@example.org', role: 'user' });
    expect(new Date(res.body.created_at).toString()).to.not.equal('Invalid Date');
  });

  it('issues tokens with sub, role, iat, exp, iss and aud', () => {
    const claims = jwt.decode(token) as Record<string, unknown>;
    expect(claims).to.include({ sub: userId, role: 'user', iss: 'resona', aud: 'resona-api' });
    expect(claims.exp as number).to.equal((claims.iat as number) + 3600);
  });

  it('answers 401 without a token', () => expect401());
  it('answers 401 for a malformed token', () => expect401('Bearer not.a.jwt'));
  it('answers 401 for a non-bearer scheme', () => expect401(`Basic ${Buffer.from('a:b').toString('base64')}`));
  it('answers 401 for an expired token', () =>
    expect401(`Bearer ${sign({ iat: Math.floor(Date.now() / 1000) - 7200 }, { expiresIn: 60 })}`));
  it('answers 401 for a token signed with another secret', () =>
    expect401(`Bearer ${sign({}, {}, 'another-secret-another-secret-another-secret')}`));

  it('answers 401 for a tampered payload', async () => {
    const [header, , signature] = token.split('.');
    const payload = b64({ ...(jwt.decode(token) as object), role: 'admin' });
    await expect401(`Bearer ${header}.${payload}.${signature}`);
  });

  it('answers 401 for an alg:none token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: userId, role: 'admin', iss: 'resona', aud: 'resona-api', iat: now, exp: now + 600 };
    await expect401(`Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`);
  });

  it('answers 401 for a token without exp, which would otherwise be valid forever', () =>
    expect401(
      `Bearer ${jwt.sign({ role: 'user' }, TEST_JWT_SECRET, {
        algorithm: 'HS256',
        subject: userId,
        issuer: 'resona',
        audience: 'resona-api',
      })}`,
    ));

  for (const sub of ['admin', '0123456789abcdef0123456789abcdef----']) {
    it(`answers 401 for a sub that is not a UUID (${sub})`, () => expect401(`Bearer ${sign({}, { subject: sub })}`));
  }

  it('answers 401 for a wrong audience', () => expect401(`Bearer ${sign({}, { audience: 'someone-else' })}`));
  it('answers 401 for a wrong issuer', () => expect401(`Bearer ${sign({}, { issuer: 'someone-else' })}`));

  it('answers 401 once the account is deleted', async () => {
    const res = await request(app)
      .post('/v1/auth/register')
      .send({ email: 'gone@example.org', password: 'password-123', consent_version: '1' });
    await t.db('users').where({ id: res.body.user_id }).delete();
    await expect401(`Bearer ${res.body.access_token}`);
  });
});

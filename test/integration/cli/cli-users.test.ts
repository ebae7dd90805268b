import { expect } from 'chai';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { resona } from '../../setup/cli.js';

describe('resona users create / migrate', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  after(() => t.drop());

  it('applies migrations, then reports nothing to apply', async () => {
    const first = await resona(['migrate'], { DATABASE_URL: t.url });
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/^applied: /);
    const second = await resona(['migrate'], { DATABASE_URL: t.url });
    expect(second.stdout).to.equal('nothing to apply\n');
  });

  it('creates an operator with the password read from standard input', async () => {
    const run = await resona(
      ['users', 'create', '--email', 'Ops@Example.org', '--role', 'operator'],
      { DATABASE_URL: t.url },
      'operator-pass-1\n',
    );
    expect(run.code, run.stderr).to.equal(0);
    const row = await t.db('users').where({ email: 'ops@example.org' }).first();
    expect(row.role).to.equal('operator');
    expect(row.password_hash).to.match(/^\$argon2id\$/);
  });

  it('exits non-zero with one line for an existing email', async () => {
    const run = await resona(
      ['users', 'create', '--email', 'ops@example.org', '--role', 'admin'],
      { DATABASE_URL: t.url },
      'another-pass-1\n',
    );
    expect(run.code).to.not.equal(0);
    expect(run.stderr.trim().split('\n')).to.have.length(1);
    expect(run.stderr).to.include('already exists');
  });

  it('exits non-zero for an unknown role or a short password', async () => {
    const badRole = await resona(
      ['users', 'create', '--email', 'x@example.org', '--role', 'root'],
      { DATABASE_URL: t.url },
      'password-123\n',
    );
    expect(badRole.code).to.not.equal(0);
    const shortPassword = await resona(
      ['users', 'create', '--email', 'x@example.org', '--role', 'user'],
      { DATABASE_URL: t.url },
      'short\n',
    );
    expect(shortPassword.code).to.not.equal(0);
    expect(shortPassword.stderr).to.include('password');
  });

  it('exits non-zero with one line when the database is unreachable', async () => {
    const run = await resona(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(run.code).to.not.equal(0);
    expect(run.stderr.trim().split('\n')).to.have.length(1);
  });
});

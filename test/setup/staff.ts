import type { Express } from 'express';
import type { Knex } from 'knex';
import request from 'supertest';
import { hashPassword } from '../../lib/passwords.js';
import { UserRepository } from '../../lib/repositories/user.repository.js';
import type { Role } from '../../lib/tokens.js';

const PASSWORD = 'staff-passphrase-1';

/** An account of `role` (registration only makes role user), logged in through the API: its id and bearer header. */
export async function accountWithRole(app: Express, db: Knex, role: Role, email: string) {
  const created = await new UserRepository(db).create({ email, passwordHash: await hashPassword(PASSWORD), role });
  const res = await request(app).post('/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
  return { id: created.id, auth: `Bearer ${res.body.access_token}` };
}

import type { Knex } from 'knex';
import type { Role } from '../tokens.js';
import { param, StatementMemo } from '../statements.js';

export interface User {
  id: string;
  email: string;
  role: Role;
  consentVersion: string | null;
  createdAt: Date;
}

export interface UserWithHash extends User {
  passwordHash: string | null;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  consentVersion?: string | null;
  /** IANA name; which night's personalisation run the person belongs to. */
  timeZone?: string | null;
}

/** Store interface, so unit tests can use a fake. */
export interface IUserRepository {
  create(user: NewUser, trx?: Knex.Transaction): Promise<User>;
  findById(id: string): Promise<User | undefined>;
  findByEmailWithHash(email: string): Promise<UserWithHash | undefined>;
}

export class EmailTakenError extends Error {}

const TABLE = 'users';
const statements = new StatementMemo();
const COLUMNS = ['id', 'email', 'role', 'consent_version', 'created_at'];

interface UserRow {
  id: string;
  email: string;
  role: Role;
  consent_version: string | null;
  created_at: Date;
  password_hash?: string | null;
  time_zone?: string | null;
}

const rowToUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  role: row.role,
  consentVersion: row.consent_version,
  createdAt: row.created_at,
});

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export class UserRepository implements IUserRepository {
  constructor(private readonly db: Knex) {}

  async create(user: NewUser, trx?: Knex.Transaction): Promise<User> {
    try {
      const [row] = await (trx ?? this.db)<UserRow>(TABLE)
        .insert({
          email: normaliseEmail(user.email),
          password_hash: user.passwordHash,
          role: user.role,
          consent_version: user.consentVersion ?? null,
          time_zone: user.timeZone ?? null,
        })
        .returning(COLUMNS);
      return rowToUser(row as UserRow);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new EmailTakenError(user.email);
      throw err;
    }
  }

  /** Every authenticated request asks: a named statement, built and planned once (its columns are listed). */
  async findById(id: string): Promise<User | undefined> {
    const build = () =>
      this.db(TABLE)
        .select(COLUMNS)
        .where({ id: param('id') })
        .limit(1)
        .toSQL();
    const [row] = await statements.run<UserRow>(this.db, 'user-by-id', build, { id }, { prepared: true });
    return row && rowToUser(row);
  }

  async findByEmailWithHash(email: string): Promise<UserWithHash | undefined> {
    const row = (await this.db(TABLE)
      .select([...COLUMNS, 'password_hash'])
      .whereRaw('lower(email) = ?', [normaliseEmail(email)])
      .first()) as UserRow | undefined;
    return row && { ...rowToUser(row), passwordHash: row.password_hash ?? null };
  }
}
